# repr lists the items as pairs; an empty OrderedDict prints without a list.
from collections import OrderedDict
print(OrderedDict(), OrderedDict(a=1), OrderedDict([(1, [2]), ("k", None)]))
od = OrderedDict(x=1)
od["self"] = od
print(od)
print(OrderedDict({"b": 2, "a": 1}), reversed(OrderedDict()) is not None)
