# Sets built by different routes, and changed afterwards.
import sys


def size(label, s):
    print(f"{label:26} len={len(s):3} size={sys.getsizeof(s)}")


size("set()", set())
size("{1}", {1})
size("set(range(4))", set(range(4)))
size("set(range(5))", set(range(5)))
size("comprehension of 5", {i for i in range(5)})
size("set('hello')", set("hello"))
a = set(range(50))
size("set(range(50))", a)
for i in range(45):
    a.discard(i)
size("after discarding 45", a)
size("copy of that", a.copy())
size("set(that)", set(a))
b = set(range(10)) | set(range(5, 20))
size("union", b)
c = set(range(10)) & set(range(5, 20))
size("intersection", c)
d = set(range(30)) - set(range(25))
size("difference", d)
e = set()
e.update(range(8))
size("update(range(8))", e)
f = frozenset(range(8))
size("frozenset(range(8))", f)
e.clear()
size("after clear()", e)
