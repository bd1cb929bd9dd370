import gc
import sys


def averager():
    total = 0.0
    count = 0
    avg = None
    try:
        while True:
            value = yield avg
            if value is None:
                break
            total += value
            count += 1
            avg = total / count
    finally:
        print(f"averager closing after {count} values")
    return avg


gc.collect()
gen = averager()
print("primed:", next(gen))
for v in [10, 20, 60]:
    print(f"sent {v:>3} -> {gen.send(v):.3f}")
print("refcount gen:", sys.getrefcount(gen))
try:
    gen.send(None)
except StopIteration as stop:
    print("final value:", stop.value)
print("state running:", gen.gi_running)

g2 = averager()
next(g2)
g2.send(4)
g2.close()
print("closed g2")
print("count:", gc.get_count())
g3 = averager()
next(g3)
del g3
print("done; collected:", gc.collect())
