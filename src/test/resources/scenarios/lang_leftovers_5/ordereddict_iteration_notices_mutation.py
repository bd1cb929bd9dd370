# An OrderedDict's iterators check its state: moving, adding or removing a key while one is
# iterated ends it with RuntimeError (odictiter_nextkey), unless the last key was already given.
from collections import OrderedDict


class Recent(OrderedDict):
    pass


for kind in (OrderedDict, Recent):
    o = kind(a=1, b=2, c=3)
    try:
        for k in o:
            o.move_to_end(k)
    except RuntimeError as e:
        print(kind.__name__, e)
    try:
        for k, v in o.items():
            o[k + k] = v
    except RuntimeError as e:
        print(kind.__name__, e)
    try:
        for v in o.values():
            del o["b"]
    except RuntimeError as e:
        print(kind.__name__, e)
    for k in o:
        o[k] = 0        # replacing a value changes nothing
    for k in o:
        if k == "a":
            pass
    last = list(o)[-1]
    for k in o:
        if k == last:
            o["new"] = 1  # after the last key: the loop is already done
    print(o)
    try:
        for k in reversed(o):
            o.popitem()
    except RuntimeError as e:
        print(kind.__name__, e)
