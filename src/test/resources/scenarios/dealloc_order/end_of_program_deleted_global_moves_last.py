# A global deleted and bound again moves to the end of the module dict, so it is finalized last at exit.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
a = T("a")
b = T("b")
del a
a = T("a2")
b = T("b2")
print("last line")
