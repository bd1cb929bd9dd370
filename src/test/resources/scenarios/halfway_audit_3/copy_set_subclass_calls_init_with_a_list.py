import copy, sys, gc

class Tags(set):
    def __init__(self, items=()):
        print("init with", type(items).__name__, sorted(items))
        set.__init__(self, items)

t = Tags([3, 1, 2])
gc.collect()
c = copy.copy(t)
print(type(c).__name__, sorted(c), c == t, c is t)
print(sys.getrefcount(t), sys.getrefcount(c))
d = copy.deepcopy(t)
print(type(d).__name__, sorted(d))
print(gc.get_count())
memo = {}
e = copy.deepcopy(t, memo)
print(len(memo), sorted(e), type(memo[id(memo)]).__name__, len(memo[id(memo)]))
