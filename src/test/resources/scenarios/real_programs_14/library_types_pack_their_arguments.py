import gc
import itertools
from collections import defaultdict
gc.collect()
x = itertools.repeat(1, 2)
print(gc.get_count())
gc.collect()
x = defaultdict(list)
print(gc.get_count())
def f():
    return itertools.repeat(1, 2)
gc.collect()
y = f()
print(gc.get_count())
gc.collect()
y = (lambda: itertools.repeat(1, 2))()
print(gc.get_count())

from functools import reduce
gc.collect()
x = reduce(lambda a, b: a * b, range(1, 8))
print(gc.get_count())
gc.collect()
x = reduce(lambda a, b: a * b, [1, 2, 3])
print(gc.get_count())
gc.collect()
x = reduce(max, [1, 2, 3], 0)
print(gc.get_count())
import operator
gc.collect()
x = reduce(operator.mul, [1, 2, 3])
print(gc.get_count())
gc.collect()
x = reduce(min, [1, 2, 3])
print(gc.get_count())
from collections import deque
from itertools import islice, cycle, groupby, starmap
from functools import cmp_to_key
for label, make in [("deque", lambda: deque([1, 2], 3)), ("islice", lambda: islice("abc", 2)),
                    ("cycle", lambda: cycle("ab")), ("groupby", lambda: groupby("aab")),
                    ("starmap", lambda: starmap(pow, [(2, 3)])), ("cmp_to_key", lambda: cmp_to_key(lambda a, b: 0))]:
    gc.collect()
    made = make()
    print(label, gc.get_count())
    del made
