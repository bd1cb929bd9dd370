# Subscripts and in call __getitem__, __setitem__, __delitem__ and __contains__.
class Store:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
    def __contains__(self, key):
        return key in self.data
s = Store()
s["a"] = 1
s["b"] = [2]
s["b"].append(3)
print(s["a"], s["b"], "a" in s, "z" in s, "z" not in s)
del s["a"]
print("a" in s)
print(s["missing"])
