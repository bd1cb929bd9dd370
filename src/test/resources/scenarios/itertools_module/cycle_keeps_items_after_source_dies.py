# the items outlive their source list: cycle's saved copy keeps them until the cycle goes
import itertools
class Color:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
colors = [Color("red"), Color("green")]
c = itertools.cycle(colors)
print([next(c).name for _ in range(3)])
del colors
print("list gone", next(c).name)
del c
print("end")
