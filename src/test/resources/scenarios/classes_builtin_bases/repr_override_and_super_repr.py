# __repr__ overridden on a list subclass, calling list's repr through super(); str() and print use it
class Bag(list):
    def __repr__(self):
        return "Bag" + super().__repr__()
b = Bag(["x", "y"])
print(b)
print(str(b), repr(b))
print([b, b])
print(f"{b}")
class Plain(list):
    pass
print(Plain([1, 2]), repr(Plain()))
