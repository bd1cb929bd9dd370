# At exit, finalizers run (as part of a collection) while every global is still bound.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name, "| first is", first.name, "| last is", last.name)
first = T("first")
last = T("last")
print("last line")
