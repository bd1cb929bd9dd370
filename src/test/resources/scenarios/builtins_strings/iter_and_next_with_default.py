# next takes a default; without one an exhausted iterator raises StopIteration.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
print(next(it))
