import gc

class Box:
    pass

def demo():
    item = [1, 2, 3]
    b = Box()
    b.content = item
    holders = gc.get_referrers(item)
    print(len(holders), type(holders[0]).__name__, holders[0] is b.__dict__)
    c = Box()
    c.other = item
    print(len(gc.get_referrers(item)))
    shelf = [item, item]
    kinds = sorted(type(r).__name__ for r in gc.get_referrers(item))
    print(kinds)
    print(sorted(type(r).__name__ for r in gc.get_referents(b)))
    del shelf
    return len(gc.get_referrers(item))

print(demo())
