import gc

d = {"a": 1, "b": "two"}
print("dict of atoms:", gc.is_tracked(d))
d["c"] = [3]
print("dict with list:", gc.is_tracked(d))
t = (1, 2, 3)
print("tuple of ints:", gc.is_tracked(t))
t2 = tuple([1, 2])
print("tuple built at run time:", gc.is_tracked(t2))
gc.collect()
print("after collect:", gc.is_tracked(t2))
t3 = tuple([[], 1])
gc.collect()
print("tuple holding a list:", gc.is_tracked(t3))
print("int, str, float:", gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(1.5))
print("empty list, set:", gc.is_tracked([]), gc.is_tracked(set()))


class C:
    pass


class S:
    __slots__ = ()


print("instances:", gc.is_tracked(C()), gc.is_tracked(S()))
print("functions and classes:", gc.is_tracked(len), gc.is_tracked(lambda: 0), gc.is_tracked(C))
