# A weakref.ref subclass that counts how often it is called and carries annotations.
import weakref


class CountingRef(weakref.ref):
    def __init__(self, ob, callback=None, /, **annotations):
        super().__init__(ob, callback)
        self.__counter = 0
        for key, value in annotations.items():
            setattr(self, key, value)

    def __call__(self):
        ob = super().__call__()
        if ob is not None:
            self.__counter += 1
            ob = (ob, self.__counter)
        return ob


class Target:
    pass


t = Target()
r = CountingRef(t, None, owner="docs", purpose="demo")
print(r.owner, r.purpose)
obj, n = r()
print(obj is t, n)
obj, n = r()
print(n)
print(sorted(vars(r)))
print(isinstance(r, weakref.ref), type(r).__name__)
del obj, t
print(r())
