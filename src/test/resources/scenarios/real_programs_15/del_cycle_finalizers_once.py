# Each object in a collected cycle gets its __del__ called exactly once,
# even when the cycle is found again later.
import gc

calls = {}


class Member:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        calls[self.name] = calls.get(self.name, 0) + 1


keeper = []


class Keeper(Member):
    def __del__(self):
        super().__del__()
        keeper.append(self)


gc.collect()
a, b = Member("a"), Keeper("k")
a.peer, b.peer = b, a
del a, b
print("first collect:", gc.collect(), sorted(calls.items()))
print("kept alive by resurrection:", [k.name for k in keeper])
keeper.clear()
print("second collect:", gc.collect(), sorted(calls.items()))
