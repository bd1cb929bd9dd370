# At exit the module dict is collected as a cycle: direct globals are finalized before an object reachable only through one.
class T:
    def __init__(self, name, child):
        self.name = name
        self.child = child
    def __del__(self):
        print("freed", self.name)
leaf = T("leaf", None)
root = T("root", leaf)
del leaf
other = T("other", None)
print("last line")
