# nested loops as one product: the pools are tuples made from the ranges once
import itertools
grid = [(r, c) for r, c in itertools.product(range(2), range(3))]
print(grid)
print(sum(1 for _ in itertools.product("ab", repeat=3)))
print(next(itertools.product([[1]], [[2]])))
