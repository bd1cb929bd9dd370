# accumulate yields running totals (sum by default, any two-argument function, an initial value first)
import itertools
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(itertools.accumulate([], initial=0)), list(itertools.accumulate([])))
print(list(itertools.accumulate(["a", "b", "c"])))
