import sys

def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket

def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_bad(1), append_bad(2), append_bad(3))
print(append_good(1), append_good(2))
print(append_bad.__defaults__, sys.getrefcount(append_bad.__defaults__[0]))
r = append_bad(4)
print(r is append_bad.__defaults__[0], sys.getrefcount(r))

grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a = b = []
a.append("shared")
print(b, a is b)
x = [1, 2]
y = x
y += [3]
print(x)
t = (1, 2)
u = t
u += (3,)
print(t, u, t is u)
