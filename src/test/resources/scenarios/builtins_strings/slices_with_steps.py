# Slices with steps read, assign and delete, on lists, tuples and strings.
xs = list(range(10))
print(xs[::2], xs[::-1], xs[1:8:3], xs[-2:2:-2], "hello"[::-1], (1, 2, 3, 4)[::2])
xs[::2] = [0, 0, 0, 0, 0]
print(xs)
del xs[1::2]
print(xs)
ys = [1, 2, 3]
ys[1:2] = [7, 8, 9]
print(ys)
