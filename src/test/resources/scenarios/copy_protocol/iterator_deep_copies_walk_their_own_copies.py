# Deep copies of iterators: each copy walks its own copy of what the original walks.
import copy, gc, sys

scores = [3, 1, 4, 1, 5]
walker = iter(scores)
next(walker)
gc.collect()
twin = copy.deepcopy(walker)
print(gc.get_count(), next(twin), next(walker), sys.getrefcount(scores))
scores.append(9)
print(list(twin), list(walker))

pairs = {'x': [1], 'y': [2], 'z': [3]}
items = iter(pairs.items())
first = next(items)
gc.collect()
items_copy = copy.deepcopy(items)
print(gc.get_count(), type(items_copy).__name__)
k, v = next(items_copy)
print(k, v, v is pairs['y'], next(items)[1] is pairs['y'])

numbered = enumerate(['a', 'b', 'c'], start=10)
next(numbered)
gc.collect()
numbered_copy = copy.deepcopy(numbered)
print(gc.get_count(), list(numbered_copy), list(numbered))

zipped = zip([1, 2, 3], 'xyz', strict=True)
next(zipped)
gc.collect()
zipped_copy = copy.deepcopy(zipped)
print(gc.get_count(), list(zipped_copy), list(zipped))

squares = map(lambda n: n * n, range(6))
next(squares)
gc.collect()
squares_copy = copy.deepcopy(squares)
print(gc.get_count(), list(squares_copy), list(squares))

evens = filter(lambda n: n % 2 == 0, [1, 2, 3, 4, 5, 6])
next(evens)
gc.collect()
evens_copy = copy.copy(evens)
print(gc.get_count(), next(evens_copy), next(evens), list(evens_copy))

backwards = reversed([1, 2, 3, 4])
next(backwards)
gc.collect()
back_copy = copy.deepcopy(backwards)
print(gc.get_count(), list(back_copy), list(backwards))

same = iter([7, 8])
both = copy.deepcopy([same, same])
print(both[0] is both[1], list(both[0]), list(same))
