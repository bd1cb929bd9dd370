# defaultdict visits its factory first; OrderedDict visits its keys in order, then the dict.
import gc
from collections import defaultdict, OrderedDict
dd = defaultdict(list)
dd["x"].append(1)
dd[5].append(2)
print(gc.get_referents(dd))
od = OrderedDict()
od["a"] = [1]
od[2] = "b"
print(gc.get_referents(od))
