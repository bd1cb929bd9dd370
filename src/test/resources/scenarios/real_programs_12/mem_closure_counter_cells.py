import sys


def make_accumulators():
    total = [0]
    history = []

    def add(x):
        total[0] += x
        history.append(x)
        return total[0]

    def undo():
        if history:
            total[0] -= history.pop()
        return total[0]

    return add, undo


add, undo = make_accumulators()
print(add(5), add(7), add(-2), undo(), undo())
cells = add.__closure__
print(len(cells), [type(c.cell_contents).__name__ for c in cells])
print(cells[0].cell_contents is undo.__closure__[0].cell_contents)
hist = add.__closure__[0].cell_contents
print("history list refs:", sys.getrefcount(hist))
del add
print("history list refs after del add:", sys.getrefcount(hist))
del undo
print("history list refs after del undo:", sys.getrefcount(hist))
print(hist)


def multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


def broken_multipliers():
    return [lambda x: x * i for i in range(4)]


print([m(10) for m in multipliers()])
print([m(10) for m in broken_multipliers()])
fs = broken_multipliers()
print(len({id(f.__closure__[0]) for f in fs}), fs[0].__closure__[0].cell_contents)
