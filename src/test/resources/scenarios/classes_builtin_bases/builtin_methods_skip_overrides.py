# dict.update and the dict() constructor do not call an overridden __setitem__; only d[k] = v does
class Logged(dict):
    def __setitem__(self, key, value):
        print("setitem", key, value)
        super().__setitem__(key, value * 10)
d = Logged({"a": 1}, b=2)
print(d)
d["c"] = 3
print(d)
d.update({"e": 5})
d.setdefault("f", 6)
print(d)
print(sorted(d.items()))
