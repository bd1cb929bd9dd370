# getsizeof across ints, strs, tuples, lists (append, pop, clear, repeat, comprehension, slices, extend), sets, dicts.
import sys, gc
print(sys.getsizeof(10**100), sys.getsizeof(-2**30), sys.getsizeof(2**60 - 1), sys.getsizeof(0.0))
print(sys.getsizeof("a" * 100), sys.getsizeof(""), sys.getsizeof("é"), sys.getsizeof("€"))
print(sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof(tuple(range(10))))
l = [1, 2, 3]
print(sys.getsizeof(l))
l.append(4); print(sys.getsizeof(l))
l.append(5); print(sys.getsizeof(l))
l.pop(); l.pop(); l.pop(); print(sys.getsizeof(l))
l.clear(); print(sys.getsizeof(l))
l.insert(0, 1); print(sys.getsizeof(l))
l2 = [0] * 10; print(sys.getsizeof(l2))
l3 = list(range(10)); print(sys.getsizeof(l3))
l4 = [i for i in range(10)]; print(sys.getsizeof(l4))
l5 = l4[:]; print(sys.getsizeof(l5))
l6 = l4 + l5; print(sys.getsizeof(l6))
l4.extend(l5); print(sys.getsizeof(l4))
s = {1, 2}; print(sys.getsizeof(s))
s2 = set(range(10)); print(sys.getsizeof(s2))
s3 = set(); s3.add(1); print(sys.getsizeof(s3))
print(sys.getsizeof(True), sys.getsizeof(None), sys.getsizeof(1.5))
class P:
    def __init__(self): self.a = 1
print(sys.getsizeof(P()))
d = dict.fromkeys if False else {}
for i in range(100): d[i] = i
print(sys.getsizeof(d))
d2 = {}
print(sys.getsizeof(d2), sys.getsizeof(range(5)), sys.getsizeof([[]]))
