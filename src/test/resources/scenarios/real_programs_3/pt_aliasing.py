x = [1, 2, 3]
y = x
y.append(4)
print(x, y, x is y)
y = y + [5]
print(x, y, x is y)
a = b = 0
b += 1
print(a, b)
c = d = []
d += [1]
print(c, d)
s = "hi"
t = s
t += "!"
print(s, t)
def change(lst, n):
    lst.append(n)
    n += 1
    lst = ["new"]
    return n
nums = [0]
k = 10
print(change(nums, k), nums, k)
