# The tutorial's Modules chapter as a single script: a fibo "module" used under the main guard.
import sys
import math as m
from math import gcd, lcm as least_common_multiple


def fib(n):
    a, b = 0, 1
    while a < n:
        print(a, end=' ')
        a, b = b, a + b
    print()


def fib2(n):
    result = []
    a, b = 0, 1
    while a < n:
        result.append(a)
        a, b = b, a + b
    return result


print(__name__)
print(fib.__name__, fib2.__module__)
fib(1000)
print(fib2(100))
local_fib = fib
local_fib(500)
print(m.sqrt(16), m.__name__, gcd(12, 18), least_common_multiple(4, 6))
print(type(m).__name__, type(sys).__name__, sys.__name__)
print(len(sys.argv), sys.argv[0].endswith(".py"))
print('fib' in globals(), 'local_fib' in globals(), 'nothing' in globals())
print(sys.version_info[:2] >= (3, 8), sys.version_info.major)

if __name__ == "__main__":
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    fib(limit)
