# CPython keeps one freed slice for the next one: a subscript's slice costs nothing until the
# program keeps a slice of its own, and gc.get_count() shows it.
import gc

data = list(range(30))


def cost(label, action):
    gc.collect()
    before = gc.get_count()
    action()
    after = gc.get_count()
    print(label, after[0] - before[0] - 1)


kept = []
cost("subscript", lambda: data[2:5])
cost("slice kept", lambda: kept.append(slice(2, 5)))
cost("subscript with cache taken", lambda: data[2:5])
cost("subscript again", lambda: data[2:5])
cost("second slice kept", lambda: kept.append(slice(0, 1)))
cost("drop one", lambda: kept.pop())
cost("drop the other", lambda: kept.pop())
cost("three bounds", lambda: slice(1, 2, 3))

gc.collect()
windows = [slice(i, i + 3) for i in range(6)]
print(gc.get_count(), gc.is_tracked(windows[0]))
parts = [data[w] for w in windows]
print(gc.get_count(), parts[-1])
del windows
print(gc.get_count())
del parts
print(gc.get_count())
