# closures: counters and the cells behind them
import sys

def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter(10)
print(c1(), c1(), c2(5), c1())
print(c1.__closure__[0].cell_contents)
print(len(c2.__closure__))

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]

for m in make_multipliers():
    print(m(3), end=" ")
print()

data = [1, 2, 3]
def holder():
    return data
print(sys.getrefcount(data))
funcs = {name: make_counter(i) for i, name in enumerate(["a", "b", "c"])}
print({k: f() for k, f in funcs.items()})
print(c1.__name__, c1.__qualname__)
