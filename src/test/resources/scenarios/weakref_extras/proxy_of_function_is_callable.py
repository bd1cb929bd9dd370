# a proxy to a function calls it; the proxy dies with the function
import weakref
def square(x):
    return x * x
p = weakref.proxy(square)
print(p(7), callable(p))
del square
print("function gone")
p(2)
