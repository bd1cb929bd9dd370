# When an instance dies, its attributes are released in the order they were first set.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
class Holder:
    def __init__(self):
        self.x = T("x")
        self.y = T("y")
        self.z = T("z")
h = Holder()
del h
print("holder gone")
