# collections.abc's view classes are concrete: a function can wrap any mapping in one.
from collections.abc import ItemsView, KeysView, ValuesView, Set
import sys

stock = {"apples": 3, "pears": 0, "plums": 7}
keys, values, items = KeysView(stock), ValuesView(stock), ItemsView(stock)
print(keys, len(keys), "pears" in keys, sorted(keys))
print(values, 7 in values, sum(values))
print(items, ("plums", 7) in items, ("plums", 8) in items)
print(isinstance(keys, Set), isinstance(values, Set), sorted(keys & {"apples", "kiwis"}))
print(sorted(keys | {"kiwis"}), keys == {"apples", "pears", "plums"}, keys <= {"apples", "pears", "plums", "figs"})
stock["figs"] = 2
print(len(keys), sorted(keys - {"pears"}))
print(sys.getrefcount(stock))
del keys, values, items
print(sys.getrefcount(stock))
