# Unpacking an endless iterator pulls one item more than the targets, then raises; a short one says how many it got.
class Naturals:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        print("next", self.n)
        return self.n

nat = Naturals()
try:
    a, b = nat
except ValueError as e:
    print(e)
print(nat.n)

class Two:
    def __iter__(self):
        yield 1
        yield 2

x, y = Two()
print(x, y)
try:
    x, y, z = Two()
except ValueError as e:
    print(e)
