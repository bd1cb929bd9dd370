import sys

def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        count += step
        return count
    return counter

c1 = make_counter()
c2 = make_counter(10, 5)
for _ in range(3):
    print(c1(), c2())

print(c1.__closure__[0].cell_contents, c2.__closure__[1].cell_contents)
print(len(c1.__closure__), type(c1.__closure__[0]).__name__)

def make_accumulators(n):
    funcs = []
    for i in range(n):
        funcs.append(lambda x, i=i: x + i)
    return funcs

late = [lambda: i for i in range(3)]
print([f() for f in late])
print([f(10) for f in make_accumulators(4)])

total = []
def record(value):
    total.append(value)
    return len(total)
print(record(1), record(2), sys.getrefcount(total))
