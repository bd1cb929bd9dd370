import gc
import sys


class Token:
    pass


gc.collect()
t = Token()
print("start:", sys.getrefcount(t))
bag = [t, t]
print("in list twice:", sys.getrefcount(t))
pair = (t, bag)
print("in tuple:", sys.getrefcount(t))
lookup = {"a": t, t: "key"}
print("as dict key and value:", sys.getrefcount(t))
s = {t}
print("in set:", sys.getrefcount(t))
bag.clear()
print("list cleared:", sys.getrefcount(t))
del pair
print("tuple gone:", sys.getrefcount(t))
lookup.pop(t)
print("key popped:", sys.getrefcount(t))
alias = lookup["a"]
print("alias:", sys.getrefcount(t), alias is t)
s.discard(t)
del lookup, alias
print("back to:", sys.getrefcount(t))
print("count:", gc.get_count())
