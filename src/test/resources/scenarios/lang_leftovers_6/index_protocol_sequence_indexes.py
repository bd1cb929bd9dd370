# A class with __index__ used where a sequence wants an int: list, tuple, str and range indexes,
# item assignment and deletion. Inside __index__, self is held by the caller's stack too.
import sys
import gc


class Pos:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("  __index__ of", self.n, "refcount", sys.getrefcount(self))
        return self.n

    def __del__(self):
        print("  Pos", self.n, "freed")


xs = [10, 20, 30, 40, 50]
p = Pos(2)
print(xs[p], (1, 2, 3)[p], "hello"[p], range(100, 200)[p])
print(xs[Pos(-1)])
xs[p] = "two"
print(xs)
del xs[Pos(0)]
print(xs)
print("p refcount", sys.getrefcount(p))
big = Pos(10 ** 20)
try:
    xs[big]
except IndexError as e:
    print("IndexError", e)
try:
    xs[Pos(7)]
except IndexError as e:
    print("IndexError", e)
del big
gc.collect()
print("count after", gc.get_count())
