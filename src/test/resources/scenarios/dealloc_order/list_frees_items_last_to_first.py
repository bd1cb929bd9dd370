# A list that dies releases its items from the last to the first.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
lst = [T("a"), T("b"), T("c")]
del lst
print("list gone")
