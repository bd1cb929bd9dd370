import sys


def make_accumulator():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total

    def snapshot():
        return total, list(history)

    return add, snapshot


add, snap = make_accumulator()
for v in (3, 4, 5):
    add(v)
print(snap())
print(add.__closure__ is not None, len(add.__closure__), len(snap.__closure__))
print([type(c.cell_contents).__name__ for c in add.__closure__])
data = [1, 2]
print("before capture", sys.getrefcount(data))


def outer(d):
    def inner():
        return len(d)
    return inner


f = outer(data)
print("captured in cell", sys.getrefcount(data))
del f
print("closure gone", sys.getrefcount(data))

funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])
