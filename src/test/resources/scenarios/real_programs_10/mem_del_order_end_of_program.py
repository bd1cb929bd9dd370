class Noisy:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __del__(self):
        print("del", self.name)

def scope():
    local = Noisy("local")
    print("in scope")

scope()
print("after scope")
a = Noisy("a")
b = Noisy("b")
c = [Noisy("c0"), Noisy("c1")]
d = {"k": Noisy("dk")}
a = Noisy("a2")
print("rebinding a freed the first a")
c.pop(0)
print("popped c0")
tmp = Noisy("tmp")
tmp = None
print("end of program")
