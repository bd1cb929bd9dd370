# Who is keeping my object alive? gc.get_referrers and get_referents.
import gc

class Big:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return f"Big({self.tag})"

item = Big("x")
bucket = [item]
index = {"main": item}
holders = gc.get_referrers(item)
print(sorted(type(h).__name__ for h in holders if h is bucket or h is index))
print(gc.get_referents(bucket), sorted(gc.get_referents(index), key=repr))
pair = (item, bucket)
print(len(gc.get_referents(pair)), gc.get_referents(pair)[0] is item)
bucket.remove(item)
del index["main"]
print([type(h).__name__ for h in gc.get_referrers(item) if h is pair])
del pair
print(gc.get_referrers(item) == [] or all(type(h).__name__ == "dict" for h in gc.get_referrers(item)))
loop = []
loop.append(loop)
print(gc.get_referents(loop)[0] is loop, loop in gc.get_referrers(loop))
del loop
print("collected:", gc.collect())
