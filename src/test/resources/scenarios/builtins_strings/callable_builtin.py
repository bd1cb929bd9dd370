# callable tells functions, classes and builtins from other values.
def f():
    pass
class C:
    pass
print(callable(f), callable(C), callable(print), callable(C()), callable(3), callable("s"))
