# Python Tutor: frames, global vs local, closures and nonlocal counters.
x = "global x"

def show_scope():
    x = "local x"
    def inner():
        return x
    return inner()

def read_global():
    return x

def make_counter(start=0):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

print(show_scope(), "|", read_global())
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c2(), c1(5), c2(-50))
print(c1.__closure__[0].cell_contents, c2.__code__.co_freevars)

def outer():
    log = []
    def add(msg):
        log.append(msg)
        return len(log)
    add("one")
    add("two")
    return log, add

log, add = outer()
add("three")
print(log)

total = 0
def accumulate(values):
    global total
    for v in values:
        total += v
    return total

print(accumulate([1, 2, 3]), accumulate([10]), total)

def factorial_trace(n, depth=0):
    print("  " * depth + f"factorial({n})")
    result = 1 if n <= 1 else n * factorial_trace(n - 1, depth + 1)
    print("  " * depth + f"-> {result}")
    return result

factorial_trace(4)
adders = {n: (lambda m: lambda v: v + m)(n) for n in (1, 10)}
print(adders[1](5), adders[10](5))
