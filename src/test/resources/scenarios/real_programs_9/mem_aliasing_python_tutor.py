import copy

grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[2])
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid, grid[0] is grid[2])

a = [1, [2, 3], {"k": [4]}]
b = a
c = a[:]
d = copy.copy(a)
e = copy.deepcopy(a)
a[0] = 99
a[1].append(30)
a[2]["k"].append(40)
for name, v in zip("bcde", (b, c, d, e)):
    print(name, v, v is a, v[1] is a[1])


def append_to(x, target=[]):
    target.append(x)
    return target


print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)
t = ([1], 2)
try:
    t[0] += [3]
except TypeError as err:
    print("TypeError:", err)
print(t)
s = "abc"
u = s
s += "d"
print(s, u, s is u)
x = y = []
x += [1]
print(y)
x = x + [2]
print(x, y)
