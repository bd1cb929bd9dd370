# A local deleted with del is unbound afterwards.
def f():
    v = [1]
    print(v)
    del v
    print(v)
f()
