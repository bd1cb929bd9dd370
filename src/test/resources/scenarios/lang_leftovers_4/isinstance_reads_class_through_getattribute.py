# isinstance() whose type check fails reads __class__ (object_isinstance), which a class's own
# __getattribute__ answers: a class it names counts, and a tuple of types reads it once per type.
class Fake:
    pass
class Liar:
    def __getattribute__(self, name):
        print("read", name)
        if name == "__class__":
            return Fake
        return object.__getattribute__(self, name)
x = Liar()
print(isinstance(x, Liar), isinstance(x, Fake), isinstance(x, (int, Liar)), isinstance(x, (int, str)))
print(isinstance(3, Liar))
