# ^ keeps what is in exactly one set; < and > are strict: a set is not a proper subset of itself.
a = {1, 2, 3}
b = {3, 4}
print(a ^ b, b ^ a, a.symmetric_difference(b))
print({1, 2} < a, a < a, a <= a, a > {1}, a > a, {5} < a, {1, 5} > {1})
print(a ^ a, a - a)
s = {1, 2}
s ^= s
print(s)
try:
    a < [1, 2, 3, 4]
except TypeError as e:
    print(e)
try:
    a |= [9]
except TypeError as e:
    print(e)
