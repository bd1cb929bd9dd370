# abs of ints and floats, and repr of several values.
print(abs(-5), abs(2.5), abs(-0.0), abs(True))
print(repr("it's"), repr([1, "a"]), repr(1.0), repr(None))
