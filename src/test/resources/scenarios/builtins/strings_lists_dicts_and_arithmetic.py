# Everyday operations: string slicing and methods, list and dict updates, in-place ops, big ints, sizes.
import sys
s = "hello"
for ch in s:
    pass
print(ch, len(s), s[1:4], s * 2, s + "!", "l" in s, s.upper())
lst = [5, 3, 8]
lst[1] = 10
lst[0] += 1
print(lst, lst[-1], lst[:2], lst[1:])
del lst[0]
print(lst)
lst2 = lst
lst2 += [1]
print(lst, lst is lst2)
t = (1, [2])
t[1].append(3)
print(t)
d = {}
d["a"] = d.get("a", 0) + 1
d["a"] += 1
print(d, len(d), "a" in d, list(d))
x = None
print(x is None, x == None, not x)
n = 0
n -= 5
n *= -2
print(n, -n, +n, n // 3, n % 3)
big = 2 ** 64
print(big, big * big, big - 1, -big // 7, big % 7)
print(3 == 3.0, 0.1 + 0.2 == 0.3, 1)
vals = [3, 1, 2]
print(sorted(vals), vals, min(vals), max(vals), sum(vals) / len(vals))
class P:
    pass
p = P()
p.x = 1
p.x += 1
print(p.x)
print(str(p)[:10], repr(p)[:10])
print(f"{p.x + 1} {vals[0]} {d['a']}")
print(len([]), len(()), len({}), bool(""), bool("a"))
print(list(range(5))[::-1], tuple(range(3)), set([1, 1, 2]))
print(sys.getsizeof(s), sys.getsizeof(lst), sys.getsizeof(t), sys.getsizeof(d), sys.getsizeof(p))
