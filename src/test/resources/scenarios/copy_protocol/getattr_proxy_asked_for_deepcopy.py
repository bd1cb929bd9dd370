# A proxy with __getattr__ is asked for __deepcopy__ (getattr(x, "__deepcopy__", None)) when its class lacks it.
import copy

class Proxy:
    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        print("__getattr__ asked for", name)
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.target, name)

class Target:
    def __init__(self):
        self.values = [1, 2]

p = Proxy(Target())
print(p.values)
q = copy.deepcopy(p)
print(q.target.values, q.target is p.target, q.values)
r = copy.copy(p)
print(r.target is p.target)
