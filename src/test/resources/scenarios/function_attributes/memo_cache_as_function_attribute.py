# A memo dict kept on the function: it holds every result until the function goes.
import sys
def fib(n):
    if n in fib.cache:
        return fib.cache[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    fib.cache[n] = result
    return result
fib.cache = {}
print(fib(20), len(fib.cache))
big = [0] * 10
fib.cache['big'] = big
print(sys.getrefcount(big))
del fib
print(sys.getrefcount(big))
