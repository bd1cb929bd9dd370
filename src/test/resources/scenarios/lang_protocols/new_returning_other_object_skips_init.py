# When __new__ returns something that is not an instance of the class, __init__ is not called.
class Weird:
    def __new__(cls, value):
        return [value]

    def __init__(self, value):
        print("never printed")

w = Weird(5)
print(w, type(w).__name__)

class Cached:
    cache = {}

    def __new__(cls, key):
        if key not in cls.cache:
            cls.cache[key] = super().__new__(cls)
        return cls.cache[key]

print(Cached("a") is Cached("a"), Cached("a") is Cached("b"), len(Cached.cache))
