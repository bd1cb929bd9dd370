import sys
import gc
gc.collect()
for e in ["a", "b"]:
    pass
print(gc.get_count())
gc.collect()
for e in [1, [2]]:
    pass
print(gc.get_count())
gc.collect()
r = [e for e in [1, 2]]
print(gc.get_count())
gc.collect()
r = {e for e in [1, 2]}
print(gc.get_count())
gc.collect()
r = list(e for e in [1, 2])
print(gc.get_count())
gc.collect()
r = [e for e in {1, 2}]
print(gc.get_count())
gc.collect()
r = [e for e in [1, [2]]]
print(gc.get_count())
gc.collect()
r = [(e, g) for e in [1, 2] for g in [3, 4]]
print(gc.get_count())
gc.collect()
r = [e for e in [1, 2] if e in [1, 5]]
print(gc.get_count())
gc.collect()
r = [e for e in [*"ab"]]
print(gc.get_count())
def f():
    pass
gc.collect()
r1 = [f() for e in ["a", "b"]]
print(gc.get_count())
gc.collect()
r2 = [f() for e in ["a", "b", "c", "d", "e"]]
print(gc.get_count())
gc.collect()
r3 = [f() for e in ["a", "b", "c", "d", "e", "f"]]
print(gc.get_count())
gc.collect()
r4 = [e for e in ["a", "b", "c", "d", "e", "f"]]
print(gc.get_count())
gc.collect()
r5 = [e for e in [1, 2, 3, 4, 5, 6]]
print(gc.get_count())
gc.collect()
r6 = [e for e in (1, 2, 3, 4, 5, 6)]
print(gc.get_count())
gc.collect()
r7 = ["a", "b", "c", "d", "e", "f"]
print(gc.get_count())
t = ("a b", "c d")
print(sys.getrefcount(t[0]))
for s in ("e f", "g h"):
    print(sys.getrefcount(s))
u = ("i j", "k l", "m n")
for s in u:
    print(sys.getrefcount(s))
t = ("v w", ("x z", 1))
print(sys.getrefcount(t[0]), sys.getrefcount(t[1][0]), sys.getrefcount(t[1]))
u = (("e r", 1), 2)
print(sys.getrefcount(u[0][0]), sys.getrefcount(u[0]))
v = ("g k",)
print(sys.getrefcount(v[0]))
w = [("q j", 1), 3]
print(sys.getrefcount(w[0][0]), sys.getrefcount(w[0]))
