# Tuple unpacking stores targets left to right; each old value dies when its name is rebound.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
a = T("a1")
b = T("b1")
a, b = T("a2"), T("b2")
print("end")
