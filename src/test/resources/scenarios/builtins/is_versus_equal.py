# is compares identity, == compares value.
a = [1]
b = [1]
c = a
print(a == b, a is b, a is c, a is not b)
x = None
print(x is None, x == None)
