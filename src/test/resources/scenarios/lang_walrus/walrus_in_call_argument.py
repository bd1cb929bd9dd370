# `f(b := [1, 2])` binds b and passes the same list: inside f it has name, parameter and the caller's copy
import sys
def f(a):
    print("in f", sys.getrefcount(a))
    return len(a)
print(f(b := [1, 2]), b)
print("after", sys.getrefcount(b))
print(len(s := "x" * 5), s)
