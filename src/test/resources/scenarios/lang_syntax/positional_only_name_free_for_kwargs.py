# A positional-only name can also arrive in **kwargs: the two do not clash.
def call(func, /, **kwargs):
    return func, kwargs

print(call(len, func="a keyword"))

def mix(a, /, b, *, c):
    return a + b + c

print(mix(1, 2, c=3), mix(1, b=2, c=3))
