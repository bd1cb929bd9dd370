# **kwargs is a new dict on every call, even for the same keywords.
def collect(**kw):
    return kw
a = collect(x=1)
b = collect(x=1)
print(a == b, a is b)
