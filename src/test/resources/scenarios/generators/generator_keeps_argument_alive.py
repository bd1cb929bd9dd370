# A suspended generator keeps its argument alive after the caller drops it.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def walk(r):
    yield r.name
    yield r.name + "!"
g = walk(Res("arg"))
print(g.__next__())
print("caller has no reference; generator still holds it")
print(g.__next__())
g = None
print("end")
