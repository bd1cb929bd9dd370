def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError:
            print("reset requested")
            total, count, average = 0.0, 0, None
            continue
        total += value
        count += 1
        average = total / count

avg = running_average()
next(avg)
for v in [10, 20, 30]:
    print(avg.send(v))
print(avg.throw(ValueError))
print(avg.send(4))
avg.close()
try:
    avg.send(1)
except StopIteration:
    print("closed generator raises StopIteration")

def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")

g = with_cleanup()
print(next(g))
del g
print("after del")

def counter():
    n = yield
    while True:
        n = yield n + 1

c = counter()
c.send(None)
print(c.send(5), c.send(41))
def gen_return():
    yield 1
    return "result"
gr = gen_return()
next(gr)
try:
    next(gr)
except StopIteration as e:
    print("value:", e.value)
