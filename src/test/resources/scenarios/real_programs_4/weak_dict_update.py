# Filling weak dictionaries and a WeakSet with update(): from dicts, pairs and keywords.
import sys
import weakref

class Sensor:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Sensor({self.name})"

a, b, c = Sensor("a"), Sensor("b"), Sensor("c")
wk = weakref.WeakKeyDictionary()
wk.update({a: 1, b: 2})
wk.update([(c, 3), (a, 10)])
print(sorted((k.name, v) for k, v in wk.items()))
try:
    wk.update(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    wk.update([(a, 1, 2)])
except ValueError as e:
    print("ValueError:", e)
wv = weakref.WeakValueDictionary()
wv.update({"a": a}, b=b)
wv.update([("c", c)])
print(sorted(wv.keys()), wv["b"] is b, sys.getrefcount(b))
del b
print(sorted(wv.keys()), len(wk))
ws = weakref.WeakSet()
ws.update([a, c, a])
print(len(ws), a in ws)
try:
    ws.update([1])
except TypeError as e:
    print("TypeError:", e)
