def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return avg
g = averager()
next(g)
for v in [10, 20, 30]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))
g.close()
print("closed")
