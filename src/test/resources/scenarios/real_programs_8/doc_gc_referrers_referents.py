import gc

class Box:
    def __init__(self, item):
        self.item = item

payload = ["data"]
box = Box(payload)
holder = {"key": payload}
pair = (payload, 1)

refs = gc.get_referrers(payload)
kinds = sorted(type(r).__name__ for r in refs if r is not box.__dict__)
print(kinds)
print(any(r is holder for r in refs), any(r is pair for r in refs))
print(gc.get_referents(holder))
print(gc.get_referents(pair))
print(gc.get_referents([1, "two", 3.0]))
print(box.__dict__ in gc.get_referents(box), Box in gc.get_referents(box))
print(len(gc.get_referents(box)))
print(gc.get_referents(42), gc.get_referents("text"))
print(len(gc.get_referrers(box)))
