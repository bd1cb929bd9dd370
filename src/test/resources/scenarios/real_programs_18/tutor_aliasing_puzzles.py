# Python Tutor puzzles about aliasing and mutation.
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

first = append_to(1)
second = append_to(2)
print(first, second, first is second)

def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(safe_append(1), safe_append(2))

a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)

t = ([1, 2], "x")
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)

s = "ab"
s2 = s
s += "c"
print(s, s2, s is s2)

def modify(lst, num, text):
    lst.append(99)
    num += 1
    text += "!"
    lst = ["new"]
    return lst

nums, n, msg = [1], 5, "hi"
ret = modify(nums, n, msg)
print(nums, n, msg, ret)

matrix = [[0] * 2] * 2
matrix[1][0] = 7
print(matrix)
row = [0, 0]
board = [row, row[:]]
board[0][1] = 5
print(board, row)

x = y = []
x.append("shared")
print(y)
x = y = 0
x += 1
print(x, y)

d1 = {"k": [1]}
d2 = dict(d1)
d2["k"].append(2)
d2["j"] = 0
print(d1, d2)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
