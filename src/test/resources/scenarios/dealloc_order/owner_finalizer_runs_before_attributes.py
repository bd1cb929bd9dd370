# An instance's own __del__ runs before its attributes are released.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
class Owner:
    def __init__(self):
        self.part = T("part")
    def __del__(self):
        print("owner finalizer sees", self.part.name)
o = Owner()
del o
print("end")
