# At exit, an object created after its holder keeps its place in the collector's list and is finalized before later globals.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
class Holder:
    pass
h = Holder()
h.child = T("child of holder")
other = T("other")
print("last line")
