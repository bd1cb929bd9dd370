# popitem on an empty dict is a KeyError.
d = {1: 2}
print(d.popitem())
print(d.popitem())
