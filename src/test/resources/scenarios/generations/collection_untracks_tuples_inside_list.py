# A collection untracks every atom-only tuple stored in a list, so none is tracked afterwards.
import gc
gc.collect()
n = 3
keep = [(n, i) for i in range(5)]
gc.collect()
print(sum([1 for t in keep if gc.is_tracked(t)]))
