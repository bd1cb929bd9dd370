# copy.copy and copy.deepcopy call a class's __getstate__ (through object.__reduce_ex__(4)) and __setstate__ (from _reconstruct): a connection field dropped and rebuilt; self's and the state's refcounts inside, gc counts after
import copy
import gc
import sys


class Connection:
    def __init__(self, host):
        self.host = host
        self.handle = object()
        self.history = ["opened"]

    def __getstate__(self):
        print("  getstate, self held", sys.getrefcount(self))
        state = self.__dict__.copy()
        del state["handle"]
        return state

    def __setstate__(self, state):
        print("  setstate, self held", sys.getrefcount(self), "state held", sys.getrefcount(state), sorted(state))
        self.__dict__.update(state)
        self.handle = None


original = Connection("db.local")
gc.collect()
shallow = copy.copy(original)
print("shallow", gc.get_count(), shallow.host, shallow.handle, shallow.history is original.history)
gc.collect()
deep = copy.deepcopy(original)
print("deep", gc.get_count(), deep.handle, deep.history is original.history, deep.history == original.history)
print(sys.getrefcount(original), sys.getrefcount(shallow), sys.getrefcount(deep))
