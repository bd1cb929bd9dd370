# Python-Tutor style closures: counters, accumulators, adders in a loop, and cell inspection.
def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment


c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c2(), c1(5), c2(10))
print(c1.__closure__[0].cell_contents, c2.__code__.co_freevars, c1.__code__.co_varnames)


def make_averager():
    values = []

    def avg(x):
        values.append(x)
        return sum(values) / len(values)
    return avg


avg = make_averager()
print([avg(x) for x in (10, 20, 60)], avg.__closure__[0].cell_contents)

adders_late = [lambda x: x + i for i in range(3)]
adders_bound = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders_late], [f(10) for f in adders_bound])


def outer():
    x = "outer x"

    def middle():
        y = "middle y"

        def inner():
            return f"{x} / {y}"
        return inner
    return middle()


fn = outer()
print(fn(), [c.cell_contents for c in fn.__closure__], fn.__qualname__)


def bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance

    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient"
        balance -= n
        return balance

    def peek():
        return balance
    return deposit, withdraw, peek


dep, wd, peek = bank(50)
print(dep(25), wd(100), wd(30), peek())
print(dep.__closure__[0] is wd.__closure__[0] is peek.__closure__[0])
x = 10


def shadow():
    x = 20

    def show():
        return x
    x = 30
    return show


print(shadow()(), x)
