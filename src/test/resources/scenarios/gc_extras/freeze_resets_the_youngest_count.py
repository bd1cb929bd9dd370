# gc.freeze() moves every tracked object to the permanent generation and resets generation 0's count
import gc
gc.collect()
junk = [[i] for i in range(30)]
before = gc.get_count()
gc.freeze()
after = gc.get_count()
print(before[0] > 30, after[0], after[1] == before[1], after[2] == before[2])
print(gc.get_freeze_count() > 30)
gc.unfreeze()
print(gc.get_freeze_count())
