# An aliasing quiz from a CS1 lecture: predict each line, then check (lists, dicts, functions).
def append_to(item, target=[]):
    target.append(item)
    return target


def safer_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to.__defaults__)
print(safer_append(1), safer_append(2))
board = [["."] * 3 for _ in range(3)]
bad = [["."] * 3] * 3
board[1][1] = bad[1][1] = "X"
print(["".join(r) for r in board], ["".join(r) for r in bad])
print(len({id(r) for r in board}), len({id(r) for r in bad}))
config = {"colors": ["red"]}
copy1 = dict(config)
copy1["colors"].append("blue")
copy1["size"] = 3
print(config, copy1)
a = [1, 2]
b = a
a += [3]
print(b)
a = a + [4]
print(a, b)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
x = y = []
x.append("shared")
print(y, x is y)
names = ["ann", "bob"]
for n in names:
    n = n.upper()
print(names)
for i, n in enumerate(names):
    names[i] = n.upper()
print(names)
row = [0] * 3
grid = [row, row]
row[0] = 1
print(grid)
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d)
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
s = {1, 2}
s2 = s
s |= {3}
print(s2, s is s2)
