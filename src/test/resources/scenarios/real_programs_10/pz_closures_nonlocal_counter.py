def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
print(inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
print(inc.__closure__[0].cell_contents, len(inc.__closure__))

def broken():
    total = 0
    def add(x):
        total += x
        return total
    return add

try:
    broken()(1)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

x = "global"
def show():
    print(x)
def shadow():
    x = "local"
    def inner():
        global x
        return x
    return inner()
show()
print(shadow())

def accumulator():
    items = []
    def add(item):
        items.append(item)
        return len(items)
    return add
acc = accumulator()
print([acc(c) for c in "abc"], acc.__closure__[0].cell_contents)
