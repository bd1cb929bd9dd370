# At exit, globals are finalized in the order the objects were created, not in module-dict order.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
tmp = T("made first, bound to y")
x = T("made second, bound to x")
y = tmp
del tmp
print("last line")
