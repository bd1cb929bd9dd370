# str.format fields with conversions, specs and a nested width.
print("{!r:>8}|{:<6}|{:^7}|".format("a", "bc", "def"))
print("{:{}}|".format("x", 5))
print("{:08.3f} {:,} {:x} {:#b}".format(3.14159, 1234567, 255, 5))
