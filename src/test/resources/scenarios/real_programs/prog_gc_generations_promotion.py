# objects surviving collections move to older generations
import gc
gc.collect()
class Survivor:
    pass
keep = [Survivor() for _ in range(3)]
gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
gc.collect()
print(gc.get_count())
junk = []
junk.append(junk)
del junk
print(gc.collect(0), gc.collect(2))
print(len(gc.get_objects(generation=2)) > 0)
