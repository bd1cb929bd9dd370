# Lists and instances are tracked; ints, floats, strings and None are not.
import gc
class P:
    pass
print(gc.is_tracked([]), gc.is_tracked(P()))
print(gc.is_tracked(5), gc.is_tracked(2.5), gc.is_tracked("s"), gc.is_tracked(None))
print(gc.is_tracked(10000000000000000000000000000000000000000), gc.is_tracked(True))
