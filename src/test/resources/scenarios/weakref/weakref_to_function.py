# Functions can be weakly referenced; deleting the only name frees the function.
import weakref
def f():
    return 1
r = weakref.ref(f)
print(r() is f, r()())
del f
print("dead", r() is None)
