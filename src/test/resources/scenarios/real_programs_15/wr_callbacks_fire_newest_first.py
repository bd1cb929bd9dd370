# Several weak references with callbacks on one object: when it dies the
# callbacks run newest first, each getting its own (now dead) reference.
import weakref


class Target:
    def __init__(self, tag):
        self.tag = tag


fired = []


def make_callback(label):
    def callback(ref):
        fired.append((label, ref() is None))
    return callback


t = Target("x")
refs = [weakref.ref(t, make_callback(f"cb{i}")) for i in range(4)]
plain = weakref.ref(t)
print("same plain ref reused:", plain is weakref.ref(t))
print("callback refs distinct:", len({id(r) for r in refs}) == 4)
print("weakref count:", weakref.getweakrefcount(t))
del t
for label, dead in fired:
    print(label, "saw dead ref:", dead)
print("all refs dead:", all(r() is None for r in refs + [plain]))
