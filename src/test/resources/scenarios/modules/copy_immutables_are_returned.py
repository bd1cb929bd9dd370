# Copying immutable objects gives back the same objects.
import copy
t = (1, 2, "x")
s = "".join(["a", "b"])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.copy(s) is s, copy.deepcopy(s) is s)
u = ([1], 2)
print(copy.deepcopy(u) is u, copy.copy(u) is u)
