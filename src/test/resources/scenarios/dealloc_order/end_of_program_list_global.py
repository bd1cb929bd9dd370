# A global list alive at exit frees its items last to first during shutdown.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
items = [T("x"), T("y"), T("z")]
print("last line")
