# next needs an iterator, not a list.
print(next(iter([1])))
print(next([1]))
