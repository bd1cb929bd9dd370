import sys

values = [None, 0, 1, 255, -1, (), "", "x"]
big = [sys.getrefcount(v) > 1000 for v in values]
print(big)
n = 10**20
print(sys.getrefcount(n))
f = 3.25
print(sys.getrefcount(f))
items = [f, f, f]
print(sys.getrefcount(f))
d = {f: f}
print(sys.getrefcount(f))
del items, d
print(sys.getrefcount(f))
word = "memory lab " * 2
print(sys.getrefcount(word))
alias = word
print(sys.getrefcount(word), alias is word)
