x = "global"
def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified"
        return x
    inner()
    return x
print(outer(), x)
def counter():
    counts = {}
    def add(k):
        counts[k] = counts.get(k, 0) + 1
        return counts
    return add
a = counter()
a("x"); a("y")
print(a("x"))
print([v for v in (lambda: [i * 2 for i in range(3)])()])
