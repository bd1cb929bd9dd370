# A tuple of constants is made by the compiler with the code object, tracked in generation 0 like
# any new tuple; the first collection that examines it untracks it (it holds only atoms), and
# gc.freeze() keeps it tracked in the permanent generation until it is unfrozen and collected.
import gc
def defaults(a=1, b="x"):
    return defaults.__defaults__
print(gc.is_tracked(defaults()), gc.is_tracked(defaults.__defaults__))
point = (3, 4)
nested = (1, (2, (3, 4)), "s", None, 2.5)
print(gc.is_tracked(point), gc.is_tracked(nested), gc.is_tracked(nested[1]), gc.is_tracked(nested[1][1]))
print(any(o is point for o in gc.get_objects()))
gc.freeze()
print(gc.is_tracked(point))
def later():
    return (7, 8)
print(gc.is_tracked(later()))
gc.collect()
print(gc.is_tracked(point), gc.is_tracked(later()))
gc.unfreeze()
print(gc.is_tracked(point))
gc.collect(1)
print(gc.is_tracked(point))
gc.collect()
print(gc.is_tracked(point), gc.is_tracked(later()), gc.is_tracked(nested[1]))
