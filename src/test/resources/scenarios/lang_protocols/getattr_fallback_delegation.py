# __getattr__ runs only when normal lookup fails: a wrapper delegates unknown attributes to the wrapped list.
class Wrapper:
    def __init__(self, obj):
        self._obj = obj

    def __getattr__(self, name):
        print("delegating", name)
        return getattr(self._obj, name)

w = Wrapper([3, 1, 2])
w.append(0)
w.sort()
print(w._obj)
print(hasattr(w, "nope"), w.count(1))
