# __index__ in slices: bounds and steps, slice assignment and deletion, the order in which a
# slice's parts are converted (step first, then start and stop).
import sys


class Ix:
    def __init__(self, name, n):
        self.name = name
        self.n = n

    def __index__(self):
        print("  index", self.name)
        return self.n


xs = list(range(10))
print(xs[Ix("start", 2):Ix("stop", 8):Ix("step", 3)])
print("abcdefgh"[Ix("a", 1):Ix("b", -1)])
print((1, 2, 3, 4, 5)[::Ix("s", -2)])
print(range(0, 50, 5)[Ix("lo", 1):Ix("hi", 4)])
xs[Ix("x", 0):Ix("y", 3)] = ["a", "b"]
print(xs)
del xs[Ix("d", 5):]
print(xs, sys.getsizeof(xs))
key = Ix("i", 1)
print(xs[key:], sys.getrefcount(key))
try:
    xs[Ix("zero", 0):Ix("z", 1):Ix("step0", 0)]
except ValueError as e:
    print("ValueError", e)
