funcs = [lambda: i for i in range(4)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(4)]
print([f() for f in funcs])

def make_multipliers():
    return [lambda x: i * x for i in range(5)]

print([m(2) for m in make_multipliers()])

def make_multipliers_fixed():
    out = []
    for i in range(5):
        def mul(x, i=i):
            return i * x
        out.append(mul)
    return out

print([m(2) for m in make_multipliers_fixed()])

import functools
parts = [functools.partial(pow, 2) for _ in range(3)]
print([p(e) for p, e in zip(parts, range(3))])

def outer():
    x = "before"
    def inner():
        return x
    x = "after"
    return inner

print(outer()())
cells = outer().__closure__
print(len(cells), cells[0].cell_contents)
acc = []
for n in range(3):
    acc.append(lambda: n)
n = 99
print([f() for f in acc])
