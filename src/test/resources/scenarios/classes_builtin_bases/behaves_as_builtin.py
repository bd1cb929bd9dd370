# Instances of list/dict/set subclasses work wherever a list/dict/set does: builtins, unpacking, slices, **, |=
import sys
class Stack(list):
    pass
s = Stack([3, 1, 2])
print(sorted(s), sum(s), list(s), tuple(s), " ".join(map(str, s)))
print(s * 2, type(s * 2).__name__, [0] + s, s[::-1], type(s[::-1]).__name__)
a, b, c = s
print(a, b, c, s.index(2), list(reversed(s)))
s[0] = 9
del s[1]
s.sort()
print(s, len(s), type(s).__name__)
s.clear()
print(s, bool(s), sys.getsizeof(s))
class Settings(dict):
    pass
d = Settings({"x": 1})
print(dict(d), type(dict(d)).__name__, {**d, "y": 2}, Settings(d) == d, list(reversed(d)))
d |= {"z": 2}
print(d, type(d).__name__, d | {"w": 1}, type(d | {"w": 1}).__name__)
class Letters(set):
    pass
t = Letters("ab")
t |= {"c"}
print(sorted(t), type(t).__name__, len(t), sorted(t - {"a"}))
