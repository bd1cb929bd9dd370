import sys

def make_counter():
    count = 0
    history = []

    def increment(step=1):
        nonlocal count
        count += step
        history.append(count)
        return count

    return increment

counter = make_counter()
for step in (1, 2, 3):
    counter(step)
cells = counter.__closure__
print("number of cells:", len(cells))
print("contents:", [c.cell_contents for c in cells])
hist = cells[1].cell_contents
print("history refcount:", sys.getrefcount(hist))
counter2 = make_counter()
print("separate closures share nothing:", counter2.__closure__[1].cell_contents is not hist)
del counter
print("history after the closure is gone:", sys.getrefcount(hist))
