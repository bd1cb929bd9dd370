import copy

shared = [0]
data = {"a": shared, "b": shared, "c": [shared]}
dup = copy.deepcopy(data)
print(dup["a"] is dup["b"], dup["c"][0] is dup["a"], dup["a"] is shared)
memo = {}
one = copy.deepcopy(shared, memo)
two = copy.deepcopy(shared, memo)
print(one is two, one == shared)
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is cyc, c2)
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.copy([t])[0] is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2)
