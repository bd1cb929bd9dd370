# Which overridden special methods of a list subclass run: for/list()/sorted() call __iter__ (and list() asks __len__ for a hint), in calls __contains__, [] calls __getitem__
import gc
class Loud(list):
    def __iter__(self):
        print("  __iter__")
        return super().__iter__()
    def __len__(self):
        print("  __len__")
        return super().__len__()
    def __contains__(self, x):
        print("  __contains__", x)
        return super().__contains__(x)
    def __getitem__(self, i):
        print("  __getitem__", i)
        return super().__getitem__(i)
v = Loud([1, 2, 3])
print("for")
for x in v:
    pass
print("list", list(v))
print("len", len(v))
print("in", 2 in v)
print("index", v[0])
print("sorted", sorted(v))
print("sum", sum(v))
print("bool", bool(v))
print("referents", [type(r).__name__ for r in gc.get_referents(v)])
