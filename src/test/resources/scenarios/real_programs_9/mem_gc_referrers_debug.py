import gc


class Leaf:
    def __init__(self, tag):
        self.tag = tag


leaf = Leaf("x")
holder_list = [leaf]
holder_dict = {"leaf": leaf}


class Holder:
    def __init__(self, thing):
        self.thing = thing


h = Holder(leaf)
refs = gc.get_referrers(leaf)
kinds = sorted(type(r).__name__ for r in refs if r is not globals())
print(kinds)
print(any(r is holder_list for r in refs), any(r is holder_dict for r in refs))
print(sorted(type(r).__name__ for r in gc.get_referents(h)))
print(gc.get_referents(holder_dict) == ["leaf", leaf] or sorted(map(type, gc.get_referents(holder_dict)), key=str))
pair = ([1], [2])
print([type(x).__name__ for x in gc.get_referents(pair)])
print(gc.get_referents(1, "s", None))
del holder_list[:]
print(sum(1 for r in gc.get_referrers(leaf) if isinstance(r, list)))
