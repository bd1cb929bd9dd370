# Once a key is not a str the table is general: each value is visited before its key.
import gc
d = {"a": [1]}
print(gc.get_referents(d))
d[(1, 2)] = [2]
d[3] = "three"
print(gc.get_referents(d))
del d["a"]
print(gc.get_referents(d))
holder = {}
key = ["k"]
holder[1] = key
print(gc.get_referents(holder), gc.get_referrers(key) == [holder])
