import gc


class Part:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __del__(self):
        nxt = self.next.name if self.next is not None else None
        print(f"__del__ {self.name} (next={nxt})")


gc.disable()
x, y, z = Part("x"), Part("y"), Part("z")
x.next = y
y.next = z
z.next = x
del x, y, z
print("unreachable ring made")
print("collected:", gc.collect())
print("garbage:", gc.garbage)

p = Part("solo")
p.next = p
del p
print("collected solo:", gc.collect())

chain = [Part(str(i)) for i in range(3)]
for left, right in zip(chain, chain[1:]):
    left.next = right
print("dropping chain (no cycle)")
del chain
gc.enable()
print("end")
