import sys

lines = ["alpha", "beta", "", "gamma"]
reader = iter(lines).__next__
for line in iter(reader, ""):
    print("line:", line)
stack = [0, 3, 2, 1]
print(list(iter(stack.pop, 0)), stack)
class Dice:
    def __init__(self, rolls):
        self.rolls = list(rolls)
    def __call__(self):
        return self.rolls.pop(0)
d = Dice([4, 2, 6, 6, 1])
it = iter(d, 6)
print(type(it).__name__, sys.getsizeof(it))
print(next(it), next(it), next(it, "stop"), next(it, "stop"))
print(d.rolls)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
blocks = iter(["ab", "cd"])
print([b for b in iter(lambda: next(blocks, None), None)])
