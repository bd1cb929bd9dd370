# Mimicking a builtin's signature: divmod-like function with positional-only parameters.
def my_divmod(a, b, /):
    return a // b, a % b

q, r = my_divmod(17, 5)
print(q, r)
try:
    my_divmod(a=17, b=5)
except TypeError as e:
    print("TypeError:", e)
