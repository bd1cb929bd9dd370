import sys


def rc(o):
    return sys.getrefcount(o)


payload = [0] * 8
base = rc(payload)
print("base", base)


def passthrough(x):
    return x


def store(x, bucket=[]):
    bucket.append(x)


def inspect_inside(x):
    return sys.getrefcount(x)


print("inside a call:", inspect_inside(payload) - base)
same = passthrough(payload)
print("after returning and binding:", rc(payload) - base)
store(payload)
print("stored in default list:", rc(payload) - base)
store.__defaults__[0].clear()
print("default cleared:", rc(payload) - base)
del same
pairs = list(zip([payload], [payload]))
print("tuples from zip:", rc(payload) - base)
pairs = None
args = (payload,)
kw = {"x": payload}
print("packed:", rc(payload) - base)
print("unpacked call:", inspect_inside(*args) - base, inspect_inside(**kw) - base)
del args, kw
lam = lambda: payload
print("lambda via global:", rc(payload) - base)
print("final", rc(payload) == base)
