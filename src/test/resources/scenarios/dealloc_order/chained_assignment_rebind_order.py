# a = b = new rebinds a first, then b; the old object dies when its last name is rebound.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
a = T("old_a")
b = T("old_b")
a = b = T("new")
print("end")
