# A recursive factorial without a base case, then with one, then the limit.
import sys

def fact_bad(n):
    return n * fact_bad(n - 1)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

print(fact(10))
print(sys.getrecursionlimit())
try:
    fact_bad(5)
except RecursionError as e:
    print(type(e).__name__, e)
d = depth()
print(900 < d < 1000)
sys.setrecursionlimit(200)
try:
    fact(300)
except RecursionError as e:
    print("limit 200:", e)
print(len(str(fact(150))))
sys.setrecursionlimit(1000)
fact_bad(3)
