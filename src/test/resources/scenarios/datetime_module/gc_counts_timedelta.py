# A timedelta call packs its arguments and divmod()s the microseconds: tuples counted, then reused.
import gc
from datetime import timedelta

gc.collect()
a = timedelta(1, 2)
print(gc.get_count())
b = timedelta(hours=5)
print(gc.get_count())
c = a * 3
print(gc.get_count())
d = a + b
print(gc.get_count())
print(a, b, c, d)
