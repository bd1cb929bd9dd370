# default= is only for a single iterable.
print(max([1, 2], default=0))
print(max(1, 2, default=0))
