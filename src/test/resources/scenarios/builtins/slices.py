# Simple slices of lists, tuples and strings.
xs = [0, 1, 2, 3, 4, 5]
print(xs[1:3], xs[:2], xs[4:], xs[-2:], xs[:-4], xs[:])
s = "memory"
print(s[0], s[-1], s[1:4], s[:3] + s[3:])
t = (1, 2, 3)
print(t[1:], t[5:], xs[3:1])
