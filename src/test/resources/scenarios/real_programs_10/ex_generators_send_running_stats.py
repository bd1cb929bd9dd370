def running_stats():
    n = 0
    total = 0.0
    minimum = maximum = None
    while True:
        value = yield (n, total / n if n else None, minimum, maximum)
        if value is None:
            break
        n += 1
        total += value
        minimum = value if minimum is None else min(minimum, value)
        maximum = value if maximum is None else max(maximum, value)
    return f"done after {n}"

gen = running_stats()
print(next(gen))
for v in [4, 8, 15, 16, 23, 42]:
    n, mean, lo, hi = gen.send(v)
    print(f"n={n} mean={mean:6.2f} min={lo} max={hi}")
try:
    gen.send(None)
except StopIteration as stop:
    print("finished:", stop.value)

def chunked(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

print(list(chunked(range(10), 4)))
def flatten(nested):
    for x in nested:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
