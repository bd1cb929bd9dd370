# gc.collect() empties the tuple free lists, so the argument tuple of a generic str(i) is a new
# allocation in generation 0. Once the generator expression's code is quickened (its start, each
# resume and each JUMP_BACKWARD warm it up) str(i) makes no tuple, and the count is one lower.
import gc


def show(n, step):
    items = list(range(0, n * step, step))
    return ", ".join(str(i) for i in items)


for k in range(4):
    gc.collect()
    print(show(5, 2), gc.get_count())


def label(x):
    return str(x)


for k in range(10):
    gc.collect()
    label(k)
    print(k, gc.get_count())
