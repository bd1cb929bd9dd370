# gc docs: callbacks and debug
import gc

def cb(phase, info):
    if phase == "stop":
        print(f"gen {info['generation']} collected {info['collected']}")

gc.callbacks.append(cb)
class N:
    pass
a = N(); b = N()
a.b = b; b.a = a
del a, b
gc.collect()
gc.callbacks.remove(cb)
print(gc.collect())
print(gc.get_debug())
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
