# id() is unique only among objects alive at the same time: compare ids
# of live objects, and use `is` to ask whether two names share an object.


class Box:
    def __init__(self, v):
        self.v = v


first = Box(1)
second = Box(2)
print("two live objects share an id:", id(first) == id(second))
alias = first
print("alias has the same id:", id(alias) == id(first), alias is first)
keep = [Box(i) for i in range(5)]
print("distinct while alive:", len({id(b) for b in keep}))
print("id is stable:", id(keep[0]) == id(keep[0]))
copy = list(keep)
print("a copied list holds the same objects:", all(a is b for a, b in zip(keep, copy)), copy is keep)
ids = [id(b) for b in keep]
keep.reverse()
print("reversing keeps identities:", sorted(ids) == sorted(id(b) for b in keep))
