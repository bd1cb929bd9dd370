import gc

gc.collect()
print(gc.get_count())
junk = []
for i in range(50):
    junk.append({"i": [i]})
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
gc.collect()
print(gc.get_count())
class A:
    pass
objs = [A() for _ in range(30)]
print(gc.get_count())
print(gc.collect(), gc.get_count())
