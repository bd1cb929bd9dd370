# del a, b, c releases the targets left to right.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
a = T("a")
b = T("b")
c = T("c")
del c, a, b
print("end")
