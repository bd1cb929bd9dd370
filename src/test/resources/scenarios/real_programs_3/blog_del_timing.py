import gc

class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("destroy", self.name)

def scope():
    n = Noisy("local")
    print("leaving scope")

scope()
print("after scope")
a = Noisy("a")
a = Noisy("a2")
print("rebound")
lst = [Noisy("in-list")]
lst.clear()
print("cleared")
c1 = Noisy("c1")
c2 = Noisy("c2")
c1.other, c2.other = c2, c1
del c1, c2
print("cycle dropped")
print("collect ->", gc.collect())
x = Noisy("end")
print("end of program")
