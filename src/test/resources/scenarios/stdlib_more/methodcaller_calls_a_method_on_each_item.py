# methodcaller with and without frozen arguments and keywords: it holds them, calls the method per item, and is a sort key
import sys
import gc
from operator import methodcaller

words = ["banana", "Apple", "cherry", "apple"]
lower = methodcaller("lower")
print(repr(lower), sys.getsizeof(lower), gc.is_tracked(lower))
print(sorted(words), sorted(words, key=lower))
sep = "".join([",", " "])
split_once = methodcaller("split", sep, maxsplit=1)
print(repr(split_once))
print("separator held", sys.getrefcount(sep))
print(split_once("a, b, c"))
print(list(map(methodcaller("count", "a"), words)))

class Account:
    def __init__(self, owner):
        self.owner = owner
    def balance(self, currency="EUR"):
        print("refcount of self inside", sys.getrefcount(self))
        return f"{self.owner}: 0 {currency}"

acc = Account("zoe")
print(methodcaller("balance")(acc))
print(methodcaller("balance", currency="USD")(acc))
del split_once
print("after del", sys.getrefcount(sep))
