import gc

gc.collect()
raw = b'abcdef'
print(gc.get_count())
m = memoryview(raw)
print(gc.get_count(), gc.is_tracked(m))
s = m[1:4]
print(gc.get_count())
t = memoryview(s)
print(gc.get_count())
del m, s
print(gc.get_count())
del t
print(gc.get_count())
print(gc.collect())
