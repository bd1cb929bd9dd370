# A capture pattern stores into the name: the old value is released then, as an assignment would.
class Box:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
x = Box("old")
match Box("new"):
    case x:
        print("bound", x.name)
print("end", x.name)
