# pop() of the only reference frees the item once the result is discarded.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
lst = [T("a"), T("b")]
lst.pop()
print("after pop")
x = lst.pop(0)
print("bound", x.name)
x = None
print("end")
