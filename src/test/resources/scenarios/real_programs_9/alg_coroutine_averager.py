def averager():
    total = count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return count, average


def grouper(results, key):
    while True:
        results[key] = yield from averager()


data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32, 1.25]}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
for key in sorted(results):
    count, avg = results[key]
    group, unit = key.split(";")
    print(f"{count:2} {group:5} averaging {avg:.2f}{unit}")

coro = averager()
print(next(coro), coro.send(10), coro.send(30), coro.send(5))
try:
    coro.send(None)
except StopIteration as e:
    print("returned", e.value)
c2 = averager()
next(c2)
c2.close()
print(next(c2, "closed"))
