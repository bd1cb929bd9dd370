# A class with __new__ and no __init__ accepts arguments; object.__new__ with extra arguments is a TypeError.
class Box:
    def __new__(cls, content):
        obj = super().__new__(cls)
        obj.content = content
        return obj

b = Box("toy")
print(b.content)
try:
    object.__new__(Box, "toy")
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass

try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
