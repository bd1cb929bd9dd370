# WeakSet supports the set operators; results are new WeakSets.
import weakref


class Tag:
    def __init__(self, name):
        self.name = name


def names(ws):
    return sorted(t.name for t in ws)


tags = {n: Tag(n) for n in "abcdef"}
left = weakref.WeakSet([tags["a"], tags["b"], tags["c"]])
right = weakref.WeakSet([tags["b"], tags["c"], tags["d"]])
print("union:", names(left | right))
print("intersection:", names(left & right))
print("difference:", names(left - right))
print("symmetric:", names(left ^ right))
print("subset:", weakref.WeakSet([tags["b"]]) <= left)
print("equal:", left == weakref.WeakSet([tags["c"], tags["b"], tags["a"]]))
print("type of result:", type(left | right).__name__)
left.update([tags["e"]])
left.discard(tags["a"])
print("after update/discard:", names(left))
del tags["b"]
print("b gone from both:", names(left), names(right))
tags.clear()
print("all gone:", len(left), len(right))
