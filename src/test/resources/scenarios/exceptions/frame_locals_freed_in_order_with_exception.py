# When the exception goes, the frame objects it held free their locals: innermost frame first.
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def inner():
    a = Item("inner a")
    b = Item("inner b")
    raise RuntimeError("stop")
def outer():
    c = Item("outer c")
    inner()
try:
    outer()
except RuntimeError as e:
    print("handling")
print("done")
