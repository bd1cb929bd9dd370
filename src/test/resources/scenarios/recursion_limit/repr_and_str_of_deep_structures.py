# Plain recursion reaches the limit less the frames below it; repr(), str() and f-string !r spend
# levels of their own, and the message names the check that ran out.
import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0))
sys.setrecursionlimit(200)
print(depth(0))
class Node:
    def __init__(self, child=None):
        self.child = child
    def __repr__(self):
        return f"Node({self.child!r})"
n = None
for i in range(150):
    n = Node(n)
try:
    r = repr(n)
    print(len(r))
except RecursionError as e:
    print("repr failed:", e)
for i in range(100):
    n = Node(n)
try:
    print(len(repr(n)))
except RecursionError as e:
    print("repr failed:", e)
def count(n):
    try:
        return count(n + 1)
    except RecursionError as e:
        return n, str(e)
print(count(0))
def viastr(n):
    try:
        return str(Wrap(n))
    except RecursionError as e:
        return f"{n} {e}"
class Wrap:
    def __init__(self, n): self.n = n
    def __str__(self): return viastr(self.n + 1)
print(viastr(0)[:60])
