# Generator-based coroutines: a grep filter, a running stats sink, throw() and close() handling.
def printer(prefix):
    try:
        while True:
            line = yield
            print(prefix, line)
    except GeneratorExit:
        print(prefix, "closing")


def grep(pattern, target):
    count = 0
    try:
        while True:
            line = yield count
            if pattern in line:
                count += 1
                target.send(line)
    finally:
        target.close()


def stats():
    n = total = 0
    lo = hi = None
    while True:
        try:
            x = yield
        except ValueError as e:
            print("  stats ignoring:", e)
            continue
        if x is None:
            break
        n += 1
        total += x
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
    return {"n": n, "mean": total / n, "min": lo, "max": hi}


p = printer(">>")
next(p)
g = grep("python", p)
next(g)
for line in ["python is fun", "java too", "I like python", "no snakes here"]:
    matched = g.send(line)
print("matched", matched)
g.close()
s = stats()
next(s)
for x in (4, 8, 15, 16, 23, 42):
    s.send(x)
s.throw(ValueError("bad reading"))
try:
    s.send(None)
except StopIteration as done:
    print({k: round(v, 2) for k, v in done.value.items()})


c = printer("?")
print(c.gi_running)
next(c)
c.close()
try:
    c.send("late")
except StopIteration:
    print("closed generator raises StopIteration")
