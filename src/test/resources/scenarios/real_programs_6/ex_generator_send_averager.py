def tally():
    total = 0
    count = 0
    result = None
    while True:
        value = yield result
        if value is None:
            return total, count
        total += value
        count += 1
        result = total / count

t = tally()
print(next(t))
means = [t.send(v) for v in (10, 20, 60)]
print(means)
try:
    t.send(None)
except StopIteration as stop:
    total, count = stop.value
    print("finished:", total, "over", count)

def chunks(seq, n):
    buf = []
    for item in seq:
        buf.append(item)
        if len(buf) == n:
            yield tuple(buf)
            buf.clear()
    if buf:
        yield tuple(buf)

print(list(chunks(range(7), 3)))

def delegate():
    got = yield from tally()
    yield f"inner returned {got}"

d = delegate()
next(d)
d.send(4); d.send(6)
print(d.send(None))
