# An unknown format code for the type is a ValueError.
print(format(1.5, ".1f"))
print(format(1.5, "d"))
