import gc

class Resource:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("finalizing", self.name, "peer:", self.peer.name if self.peer else None)

gc.collect()
r1 = Resource("one")
r2 = Resource("two")
r1.peer = r2
r2.peer = r1
del r1, r2
print("before collect")
print("unreachable:", gc.collect())
print("garbage:", gc.garbage)
