# A memoizing decorator keeps every argument alive forever; a weak-keyed
# version lets arguments go when the caller drops them.
import functools
import weakref


class Matrix:
    def __init__(self, name, rows):
        self.name = name
        self.rows = rows


def memo_strong(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(m):
        if m not in cache:
            cache[m] = fn(m)
        return cache[m]
    wrapper.cache = cache
    return wrapper


def memo_weak(fn):
    cache = weakref.WeakKeyDictionary()

    @functools.wraps(fn)
    def wrapper(m):
        if m not in cache:
            cache[m] = fn(m)
        return cache[m]
    wrapper.cache = cache
    return wrapper


@memo_strong
def total_strong(m):
    return sum(sum(r) for r in m.rows)


@memo_weak
def total_weak(m):
    return sum(sum(r) for r in m.rows)


ms = [Matrix(f"m{i}", [[i, i], [i, 1]]) for i in range(4)]
print([total_strong(m) for m in ms], [total_weak(m) for m in ms])
probes = [weakref.ref(m) for m in ms]
del ms
print("strong cache:", len(total_strong.cache), "weak cache:", len(total_weak.cache))
print("alive:", sum(p() is not None for p in probes))
total_strong.cache.clear()
print("after clearing the strong cache, alive:", sum(p() is not None for p in probes))
print(total_strong.__name__, total_weak.__wrapped__.__name__)
