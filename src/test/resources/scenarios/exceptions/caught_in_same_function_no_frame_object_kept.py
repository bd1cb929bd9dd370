# An exception caught in the function that raised it: the function's locals die at its return as usual.
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
def f():
    it = Item(1)
    try:
        raise KeyError("x")
    except KeyError:
        print("caught inside f")
    return "f returns"
print(f())
print("end")
