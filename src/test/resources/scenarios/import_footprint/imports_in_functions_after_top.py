# Modules imported at the top: an import inside a function is a second import (the module is
# loaded), which costs only the statement; from-imports ask a module that is not a package for
# __path__
import gc
import json
import heapq

def dumps_sorted(d):
    import json
    return json.dumps(d, sort_keys=True)

def push_all(xs):
    from heapq import heappush
    h = []
    for x in xs:
        heappush(h, x)
    return h[0]

gc.collect()
print(dumps_sorted({"b": 1, "a": 2}), gc.get_count())
gc.collect()
print(push_all([5, 1, 4, 2]), gc.get_count())
gc.collect()
import json as j, heapq as h
print(j is json, h is heapq, gc.get_count())
