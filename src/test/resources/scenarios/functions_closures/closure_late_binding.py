# Closures made in a loop share one cell: each sees the loop variable's last value.
def make_all():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs
print([f() for f in make_all()])
def make_bound():
    return [lambda i=i: i for i in range(3)]
print([f() for f in make_bound()])
