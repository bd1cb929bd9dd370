import gc


class Secret:
    pass


s = Secret()
holder_list = [s]
holder_dict = {"key": s}


class Box:
    pass


box = Box()
box.item = s
refs = gc.get_referrers(s)
kinds = sorted(type(r).__name__ for r in refs)
print(kinds)
print(any(r is holder_list for r in refs), any(r is holder_dict for r in refs))
print([type(x).__name__ for x in gc.get_referents(holder_dict)])
print(gc.get_referents(box) == [box.__dict__, Box] or len(gc.get_referents(box)))
del holder_list[0]
print(sorted(type(r).__name__ for r in gc.get_referrers(s)))
