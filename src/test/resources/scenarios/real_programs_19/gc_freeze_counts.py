# gc.freeze() moves everything into a permanent generation that collections
# skip; unfreeze puts it back in the oldest generation.
import gc

gc.collect()
print("frozen before:", gc.get_freeze_count() == 0)
gc.freeze()
print("frozen after freeze > 0:", gc.get_freeze_count() > 0)


class Loop:
    pass


a = Loop()
a.me = a
del a
print("cycle made after freeze is collected:", gc.collect())

b = Loop()
b.me = b
gc.freeze()
del b
print("cycle frozen before del is not collected:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("now it is collected:", gc.collect())
