# WeakSet is set-like, the two weak dictionaries are dict-like: asking
# for the wrong protocol fails just as it would on set or dict.
import weakref


class Node:
    def __init__(self, label):
        self.label = label


n1, n2 = Node("n1"), Node("n2")
ws = weakref.WeakSet([n1, n2])
wk = weakref.WeakKeyDictionary({n1: "first"})
wv = weakref.WeakValueDictionary(one=n1)

for name in ["add", "keys", "get", "union", "setdefault", "keyrefs", "valuerefs", "discard"]:
    have = [label for label, obj in [("WeakSet", ws), ("WeakKeyDictionary", wk), ("WeakValueDictionary", wv)]
            if hasattr(obj, name)]
    print("%-10s %s" % (name, have))

try:
    ws.keys()
except AttributeError as e:
    print("AttributeError:", e)
try:
    wk.add(n2)
except AttributeError as e:
    print("AttributeError:", e)

wk.__setitem__(n2, "second")
print("explicit __setitem__:", wk.__getitem__(n2), wk.__len__())
print("explicit __contains__:", ws.__contains__(n1), wv.__contains__("one"))
try:
    wk.__setitem__(n1)
except TypeError as e:
    print("TypeError:", e)
del n2
print("after n2 dies:", len(ws), len(wk), len(wv))
