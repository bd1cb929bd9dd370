# The starred target takes what is left between the fixed ones, possibly nothing.
a, *mid, z = range(6)
print(a, mid, z)
*init, last = "hello"
print(init, last)
x, *empty, y = (1, 2)
print(x, empty, y)
[p, *q] = {"k": 1, "j": 2}
print(p, q)
