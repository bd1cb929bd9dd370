import weakref

class CountingRef:
    """A weak reference that counts how often it is dereferenced
    (the docs' ExtendedRef, written with a plain ref inside)."""

    def __init__(self, ob, callback=None, **annotations):
        self._ref = weakref.ref(ob, callback)
        self.__counter = 0
        for k, v in annotations.items():
            setattr(self, k, v)

    def __call__(self):
        ob = self._ref()
        if ob is not None:
            self.__counter += 1
            ob = (ob, self.__counter)
        return ob

class Thing:
    pass

t = Thing()
r = CountingRef(t, label="first thing")
print(r.label)
print(r()[1], r()[1], r()[1])
print(isinstance(r._ref, weakref.ref), type(r).__name__, sorted(vars(r)))
del t
print(r())
