class Noisy:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print(f"  del {self.label}")

print("list:")
items = [Noisy("L1"), Noisy("L2"), Noisy("L3")]
del items
print("dict:")
table = {k: Noisy(f"D{k}") for k in "abc"}
table = None
print("tuple:")
tup = (Noisy("T1"), Noisy("T2"))
del tup
print("set of one:")
s = {Noisy("S1")}
s.clear()
print("nested:")
outer = [Noisy("O1"), [Noisy("I1"), Noisy("I2")], Noisy("O2")]
del outer
print("pop and slice delete:")
row = [Noisy(f"R{i}") for i in range(5)]
row.pop()
del row[1:3]
print("  remaining", [n.label for n in row])
row.reverse()
del row
print("rebinding a name:")
x = Noisy("X1")
x = Noisy("X2")
print("attribute replaced:")
class Box:
    pass
box = Box()
box.content = Noisy("B1")
box.content = Noisy("B2")
del box
print("function locals:")
def work():
    a = Noisy("F1")
    b = Noisy("F2")
    return b
kept = work()
print("  kept", kept.label)
print("end")
