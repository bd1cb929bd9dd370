# closure late-binding gotcha and its fix
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(3):
    def make(j):
        return lambda: j
    funcs.append(make(i))
print([f() for f in funcs])

def outer():
    x = "local"
    def inner():
        return x
    x = "changed"
    return inner
print(outer()())

def accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add
acc = accumulator()
acc(1); acc(2)
print(acc(3), acc.__closure__[0].cell_contents)
x = 10
def read_global():
    return x
def shadow():
    x = 5
    return read_global()
print(shadow())
def broken():
    try:
        print(y)
    except NameError as e:
        print("NameError:", e)
    try:
        y += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 0
broken()
