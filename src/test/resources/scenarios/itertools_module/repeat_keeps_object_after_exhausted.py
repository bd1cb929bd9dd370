# an exhausted repeat still holds its object until the repeat itself is freed
import itertools
class Token:
    def __del__(self):
        print("token freed")
r = itertools.repeat(Token(), 2)
print(len(list(r)))
print("exhausted", next(r, "done"))
del r
print("end")
