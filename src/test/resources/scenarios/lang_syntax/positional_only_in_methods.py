# A method with positional-only parameters (self too): keywords for them are rejected.
class Vector:
    def __init__(self, x, y, /):
        self.x = x
        self.y = y

    def scaled(self, k, /):
        return Vector(self.x * k, self.y * k)

v = Vector(1, 2).scaled(3)
print(v.x, v.y)
try:
    Vector(1, 2).scaled(k=3)
except TypeError as e:
    print("TypeError:", e)
