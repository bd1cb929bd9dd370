# What SimpleNamespace(...) allocates, seen through gc.get_count().
import gc
from types import SimpleNamespace

gc.collect()
first = SimpleNamespace()
print("empty:", gc.get_count())
gc.collect()
second = SimpleNamespace(a=1, b="two")
print("two atoms:", gc.get_count())
gc.collect()
third = SimpleNamespace(items=[1, 2, 3])
print("with a list:", gc.get_count())
gc.collect()
for i in range(5):
    spare = SimpleNamespace(i=i)
print("in a loop:", gc.get_count())
print(spare)
