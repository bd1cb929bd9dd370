import weakref

calls = []

class Target:
    def __init__(self, label):
        self.label = label

def make_cb(tag):
    def cb(ref):
        calls.append(tag)
        print(f"callback {tag}: referent gone, ref() -> {ref()}")
    return cb

t = Target("x")
refs = [weakref.ref(t, make_cb(i)) for i in range(3)]
print(len(refs), weakref.getweakrefcount(t))
del refs[1]
del t
print(calls)
print([r() for r in refs])
