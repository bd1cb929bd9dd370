# Rebinding the captured variable through nonlocal frees the old object at once.
class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def holder():
    cur = Obj("first")
    def swap(name):
        nonlocal cur
        cur = Obj(name)
        return cur.name
    return swap
s = holder()
print(s("second"))
print(s("third"))
del s
print("end")
