# Exit: the first shutdown collection (module still alive) reorders survivors as list_traverse (last to first) finds them; the second finalizes in that order.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
a = None
items = None
b = T("b")
items = [T("x"), T("y")]
a = T("a")
