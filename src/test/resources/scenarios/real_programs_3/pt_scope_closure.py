x = "global"

def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified"
        return x
    print(inner(), x)

outer()
print(x)

def make_counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step

c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def bump():
    global x
    x = x + "!"
bump()
print(x)
def broken():
    print(y)
    y = 1
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(c1.__closure__[0].cell_contents)
