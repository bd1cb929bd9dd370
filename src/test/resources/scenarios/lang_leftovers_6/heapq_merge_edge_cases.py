# merge with no iterables, one iterable (handed on with yield from), empty ones; errors come
# from the first next(), not from the call: a non-iterable, items that cannot be compared.
import heapq

print(list(heapq.merge()), list(heapq.merge([], [])), list(heapq.merge([3, 4])))
print(list(heapq.merge([], [1], [], [0, 2])))
print(list(heapq.merge("ace", "bdf")), list(heapq.merge(range(0, 10, 3), (1, 2), {5: "x"})))
bad = heapq.merge([1], 5)
print("made")
try:
    next(bad)
except TypeError as e:
    print("TypeError", e)
mixed = heapq.merge([1, 2], ["a"])
try:
    print(list(mixed))
except TypeError as e:
    print("TypeError", e)
it = heapq.merge([1, 2], [0])
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
from heapq import merge
print(merge.__name__, list(merge([2], [1], key=None, reverse=False)))
