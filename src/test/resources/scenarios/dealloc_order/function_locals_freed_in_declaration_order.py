# At return, locals are released in the order they appear in the frame (first local first).
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def f():
    first = T("first")
    second = T("second")
    third = T("third")
    print("returning")
f()
print("done")
