# dict() and list() calls allocate through the type (PyType_GenericAlloc): a new object counted
# even when the free list holds one; {} and [] displays, copy() and slicing take from it.
import gc

pairs = [("a", 1), ("b", 2)]

def cost(make):
    before = gc.get_count()[0]
    made = make()
    del made
    return gc.get_count()[0] - before

gc.collect()
print([cost(lambda: dict(pairs)) for i in range(2)])
print([cost(lambda: dict()) for i in range(2)])
print([cost(lambda: dict(a=1)) for i in range(2)])
print([cost(lambda: dict.fromkeys("ab")) for i in range(2)])
print([cost(lambda: {}.copy()) for i in range(2)])
print([cost(lambda: list(pairs)) for i in range(2)])
print([cost(lambda: list()) for i in range(2)])
print([cost(lambda: []) for i in range(2)])
print([cost(lambda: pairs[:]) for i in range(2)])
print([cost(lambda: {k: v for k, v in pairs}) for i in range(2)])
