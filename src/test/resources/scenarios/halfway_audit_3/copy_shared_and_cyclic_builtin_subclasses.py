import copy, sys, gc

class Node(list):
    pass

class Box(dict):
    pass

shared = [0]
a = Node([shared, shared])
a.append(a)
gc.collect()
b = copy.deepcopy(a)
print(b[0] is b[1], b[0] is shared, b[2] is b, type(b[2]).__name__)
print(sys.getrefcount(b), sys.getrefcount(b[0]), sys.getrefcount(shared))
print(gc.get_count())
s = copy.copy(a)
print(s[2] is a, s[0] is shared, sys.getrefcount(a))
box = Box(me=None)
box["me"] = box
box.peer = box
bb = copy.deepcopy(box)
print(bb["me"] is bb, bb.peer is bb, bb is box)
memo = {}
n1 = copy.deepcopy(a, memo)
n2 = copy.deepcopy(a, memo)
print(n1 is n2, len(memo), len(memo[id(memo)]))
del a, b, s, box, bb, n1, n2, memo
print(gc.collect())
