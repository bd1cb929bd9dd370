# at shutdown the finalizers run before the objects' own __del__ methods
import weakref
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
x = Resource("x")
weakref.finalize(x, print, "finalize x")
y = Resource("y")
print("end of program")
