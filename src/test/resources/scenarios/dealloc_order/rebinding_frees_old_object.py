# Rebinding a name frees the old object after the new value is built.
class T:
    def __init__(self, name):
        self.name = name
        print("made", name)
    def __del__(self):
        print("freed", self.name)
x = T("first")
x = T("second")
print("rebound")
