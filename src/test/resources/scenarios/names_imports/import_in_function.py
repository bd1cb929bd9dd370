# An import inside a function binds a local name.
def refs(o):
    import sys
    return sys.getrefcount(o)
a = [1]
print(refs(a))
