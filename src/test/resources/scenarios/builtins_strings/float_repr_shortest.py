# repr of a float is the shortest text that reads back as the same number.
for x in [0.1, 0.1 + 0.2, 1 / 3, 2 ** 0.5, 1e16, 1e15, 1e-4, 1e-5, 123456789.123, 5e-324, 1.7976931348623157e308, 2.5e-7, 100.0]:
    print(repr(x), str(x))
