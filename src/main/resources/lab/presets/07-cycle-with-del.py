# title: A cycle whose objects have __del__
import gc
class Guest:
    def __init__(self, name):
        self.name = name
        self.friend = None
    def __del__(self):
        print("goodbye", self.name)

x = Guest("x")
y = Guest("y")
x.friend = y
y.friend = x
del x, y
print("before collect")
print(gc.collect())
print("after collect")
