# popitem() takes the last item, popitem(last=False) the first.
from collections import OrderedDict
od = OrderedDict()
for k in "wxyz":
    od[k] = k.upper()
print(od.popitem(), od.popitem(last=False), od)
od.popitem()
od.popitem()
print(od)
od.popitem()
