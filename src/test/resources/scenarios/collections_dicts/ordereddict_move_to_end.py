# move_to_end moves a key to the end, or to the front with last=False.
from collections import OrderedDict
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od)
od.move_to_end("c", last=False)
print(od, list(od), list(od.values()))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
