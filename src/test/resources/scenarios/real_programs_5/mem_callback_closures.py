import weakref

deaths = []

def make_watcher(label):
    def on_death(ref):
        deaths.append(label)
        print(f"  {label} died; ref now -> {ref()}")
    return on_death

class Model:
    def __init__(self, n):
        self.n = n

models = [Model(i) for i in range(4)]
refs = [weakref.ref(m, make_watcher(f"model{m.n}")) for m in models]
print("alive:", [r() is not None for r in refs])
models[1] = None
models.pop()
print("alive:", [r() is not None for r in refs])
same = weakref.ref(models[0])
print("ref without callback is shared:", same is weakref.ref(models[0]), same is refs[0])
print(refs[0] == same, refs[0]() is same())
del models
print("deaths:", deaths)
print(refs[2]() is None, refs[0]() is None)
r = weakref.ref(Model(9), lambda ref: print("  temp model died at once"))
print("after temp:", r() is None)
