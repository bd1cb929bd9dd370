# Which objects the collector tracks: atoms never, containers of atoms sometimes.
import gc

print("int:", gc.is_tracked(0))
print("str:", gc.is_tracked("a"))
print("empty list:", gc.is_tracked([]))
print("empty dict:", gc.is_tracked({}))
print("dict of atoms:", gc.is_tracked({"a": 1}))
print("dict holding a list:", gc.is_tracked({"a": []}))
print("tuple of ints:", gc.is_tracked((1, 2)))
