# dict.clear() releases the values in insertion order.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
d = {3: T("three"), 1: T("one"), 2: T("two")}
d.clear()
print("cleared", d)
