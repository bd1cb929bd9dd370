import sys


class Data:
    def __get__(self, obj, objtype=None):
        print("Data.__get__", type(obj).__name__, objtype.__name__)
        return 42

    def __set__(self, obj, value):
        print("Data.__set__", value)
        obj.__dict__["x"] = value


class NonData:
    def __get__(self, obj, objtype=None):
        print("NonData.__get__")
        return "from descriptor"


class C:
    x = Data()
    y = NonData()


c = C()
c.x = 7
print(c.__dict__)
print(c.x)
print(c.y)
c.__dict__["y"] = "from instance"
print(c.y)
c.y = "assigned"
print(c.y, c.__dict__)
del c.y
print(c.y)
print(sys.getrefcount(c))
