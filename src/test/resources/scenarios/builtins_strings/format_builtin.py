# format(value, spec) and format(value) with the mini-language.
print(format(3.14159, ".2f"), format(42, "05d"), format("ab", ">4"), format(255, "x"), format(1234, ","))
print(format(12), format(1.5), format("s"), format(True, "d"), format(0.000012, ".2e"))
