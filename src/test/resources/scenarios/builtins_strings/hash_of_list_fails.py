# Lists are unhashable.
print(hash((1,)))
print(hash([1]))
