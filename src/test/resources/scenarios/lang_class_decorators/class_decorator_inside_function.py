# a decorated class made in a function: the decorator runs on each call, and the registry keeps every class alive
import gc
seen = []
def remember(cls):
    seen.append(cls)
    return cls
def make(v):
    @remember
    class Box:
        value = v
    return Box
a = make(1)
b = make(2)
print(a.value, b.value, len(seen), seen[0] is a)
del a, b
print("still alive", gc.collect(), len(seen))
seen.clear()
print("collected", gc.collect())
