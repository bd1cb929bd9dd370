# __hash__, __repr__ and __str__ as methods
print((5).__hash__(), hash(5), (1.5).__repr__(), "a".__repr__(), "a".__str__())
print(int.__hash__(7), int.__repr__(42), str.__str__("s"))
