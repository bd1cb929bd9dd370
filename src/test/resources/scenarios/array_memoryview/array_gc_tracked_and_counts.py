import array
import gc

gc.collect()
a = array.array('i', range(5))
print(gc.is_tracked(a))
before = gc.get_count()
b = array.array('d')
after = gc.get_count()
print(before, after)
c = a[1:3]
print(gc.get_count())
del a, b, c
print(gc.get_count())
print(gc.collect())
