# list.__hash__ is None: lists are unhashable
print([].__hash__, {}.__hash__, set().__hash__)
print(list.__hash__ is None)
try:
    [].__hash__()
except TypeError as e:
    print(e)
