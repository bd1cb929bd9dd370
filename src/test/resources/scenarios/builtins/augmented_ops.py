# +=, -= and *= on ints, strings, lists and tuples.
x = 10
x -= 3
x *= 2
s = "a"
s += "b"
s *= 2
l = [1]
l *= 3
t = (1,)
t += (2,)
print(x, s, l, t)
