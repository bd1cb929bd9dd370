# __setattr__ sees every assignment (also in __init__) and stores through object.__setattr__; the value is held by the instance.
import sys

class Logged:
    def __init__(self):
        self.count = 0

    def __setattr__(self, name, value):
        print("set", name)
        super().__setattr__(name, value)

l = Logged()
data = [1, 2]
l.items = data
print(sys.getrefcount(data), l.items, l.count)
