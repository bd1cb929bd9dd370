import gc


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log
        self.partner = None

    def __del__(self):
        self.log.append(self.name)


log = []
r1 = Resource("r1", log)
r2 = Resource("r2", log)
r1.partner = r2
del r1
print("r1 gone (acyclic):", log)
del r2
print("r2 gone:", log)
log.clear()
x = Resource("x", log)
y = Resource("y", log)
x.partner, y.partner = y, x
del x, y
print("cycle not yet freed:", log)
n = gc.collect()
print("collected", n, sorted(log))
log.clear()
chain = [Resource(f"c{i}", log) for i in range(4)]
for a, b in zip(chain, chain[1:]):
    a.partner = b
head = chain[0]
del chain
print("only head kept:", log)
del head
print("chain freed:", log)
