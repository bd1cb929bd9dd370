# first, *rest = list: rest is a new list (sized like list(iterator)); the items gain a reference each.
import sys
items = [[1], [2], [3], [4]]
first, *rest = items
print(first, rest, len(rest))
print(sys.getrefcount(items[1]), sys.getsizeof(rest))
print(rest is items)
