# list.clear() releases the items from the last to the first.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
lst = [T("a"), T("b"), T("c")]
lst.clear()
print("cleared", lst)
