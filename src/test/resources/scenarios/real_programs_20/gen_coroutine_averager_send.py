def averager():
    """Send numbers in, get the mean so far back; send None to finish with (count, mean)."""
    seen = []
    mean = None
    value = yield mean
    while value is not None:
        seen.append(value)
        mean = sum(seen) / len(seen)
        value = yield mean
    return len(seen), mean


def grep(pattern):
    print(f"looking for {pattern!r}")
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
                print(f"  match: {line}")
    except GeneratorExit:
        print(f"  closing, {len(matches)} match(es)")
        raise


def delegator(results, key):
    while True:
        results[key] = yield from averager()


avg = averager()
print(next(avg))
for v in (10, 20, 60):
    print("sent", v, "->", avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("returned:", stop.value)

g = grep("py")
next(g)
for line in ["python rocks", "java too", "pypy is fast", "ruby"]:
    g.send(line)
g.close()
print("closed; sending again raises:", end=" ")
try:
    g.send("more py")
except StopIteration:
    print("StopIteration")

results = {}
for key, values in {"boys": [39.0, 40.8, 43.2], "girls": [40.9, 38.5, 44.3, 42.0]}.items():
    d = delegator(results, key)
    next(d)
    for v in values:
        d.send(v)
    d.send(None)
print({k: (n, round(a, 3)) for k, (n, a) in results.items()})


def running_max():
    best = None
    while True:
        try:
            x = yield best
        except ValueError as e:
            print("  reset because:", e)
            best = None
            continue
        best = x if best is None or x > best else best


rm = running_max()
next(rm)
print([rm.send(x) for x in (3, 1, 4)], rm.throw(ValueError("new round")), [rm.send(x) for x in (2, 7, 1)])


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take_while_below(limit, gen):
    for x in gen:
        if x >= limit:
            gen.close()
            return
        yield x


print(list(take_while_below(100, fib())))
