# A collection untracks an inner atom tuple first, which lets the outer tuple be untracked too.
import gc
n = 1
inner = (n, 2)
outer = (inner, 3)
print(gc.is_tracked(inner), gc.is_tracked(outer))
gc.collect()
print(gc.is_tracked(inner), gc.is_tracked(outer))
