import sys
row = [0] * 3
board = [row] * 3
board[0][0] = "X"
print(board)
print("refcount of row:", sys.getrefcount(row))
board = [[0] * 3 for _ in range(3)]
board[0][0] = "X"
print(board)
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
c = a
c = c + [5]
print(a, c, a is c)
t = ([1], 2)
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
x = y = []
x.append(1)
print(y)
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d)
s = "abc"
s2 = s
s += "d"
print(s, s2, s is s2)
nums = [1, 2, 3, 4]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 2, 3, 4]
print([n for n in nums if n % 2], nums[:] is nums)
