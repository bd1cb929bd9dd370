# del of a slice frees the removed items last to first; the rest die last to first at exit.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
lst = [T("a"), T("b"), T("c"), T("d")]
del lst[1:3]
print("left", len(lst))
