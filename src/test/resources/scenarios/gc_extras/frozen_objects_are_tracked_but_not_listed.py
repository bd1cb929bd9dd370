# a frozen object is still tracked, but gc.get_objects() and get_referrers() only search the generations
import gc
gc.collect()
box = [1, 2]
holder = [box]
gc.freeze()
print(gc.is_tracked(box))
print(any(o is box for o in gc.get_objects()), len(gc.get_referrers(box)))
gc.unfreeze()
print(any(o is box for o in gc.get_objects(2)), any(o is box for o in gc.get_objects(0)))
print(len(gc.get_referrers(box)))
