import gc

# adapted from test_gc: test_list, test_dict, test_tuple
gc.collect()
l = []
l.append(l)
del l
assert gc.collect() == 1
print("list self-cycle: 1")

d = {}
d[1] = d
del d
assert gc.collect() == 1
print("dict self-cycle: 1")

l = []
t = (l,)
l.append(t)
del t, l
n = gc.collect()
assert n == 2, n
print("tuple/list cycle:", n)

class A:
    pass
a = A()
a.a = a
del a
n = gc.collect()
print("instance self-cycle:", n)
