class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, label):
        print("__init__", label)
        self.label = label

    def __del__(self):
        print("__del__", self.label)

class Child(Traced):
    def __init__(self, label, extra):
        super().__init__(label)
        self.extra = extra
        print("child ready", extra)

t = Traced("one")
t = Traced("two")
print("rebound")
c = Child("three", 3)
items = [Traced(f"item{i}") for i in range(2)]
del items[0]
print("function temp:")
def use():
    tmp = Traced("temp")
    return tmp.label.upper()
print(use())
print("end")
