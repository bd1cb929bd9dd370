# A list or dict subclass's instance that contains itself prints [...] / {...} as list_repr and dict_repr guard it; BaseException and list cannot share a layout
import gc
class Stack(list):
    pass
class Registry(dict):
    def __repr__(self):
        return "Registry" + super().__repr__()
s = Stack()
s.append(s)
print(s, repr(s), s == s, len(s))
r = Registry()
r["self"] = r
print(r, str(r))
try:
    class Error(Exception, list):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Both(set, dict):
        pass
except TypeError as e:
    print("TypeError", e)
gc.collect()
del s, r
print("collected", gc.collect())
