# A dict subclass with __missing__: d[k] calls it for a missing key and stores nothing; get() does not call it
import sys
class Defaults(dict):
    def __missing__(self, key):
        print("missing", key)
        return key.upper()
d = Defaults(a="x")
print(d["a"], d["b"], len(d), d)
print(d.get("c"), "c" in d)
value = "-".join(["v", "w"])
d["k"] = value
print("refcount value", sys.getrefcount(value))
print(sys.getsizeof(d), sys.getsizeof({"a": "x", "k": value}))
print(isinstance(d, dict), type(d).__name__)
