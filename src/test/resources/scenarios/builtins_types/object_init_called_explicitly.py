# object.__init__(self) from a class's own __init__ returns None
class A:
    def __init__(self):
        r = object.__init__(self)
        print("init returned", r)
a = A()
print(object.__eq__(a, a), object.__eq__(a, 1))
