# list.index of an absent value is a ValueError.
xs = [1, 2]
print(xs.index(2))
print(xs.index(3))
