# Builtins that consume a generator pull only as far as they need, one item at a time; `in` does too.
def g(n):
    for i in range(n):
        print("yield", i)
        yield i
print(any(x > 1 for x in g(5)))
print(all(x < 1 for x in g(5)))
print(sum(g(3)), max(g(2)), min(g(2)))
print(tuple(g(2)))
print(2 in g(5))
print(next(filter(lambda x: x == 1, g(4))))
print(dict.fromkeys(g(2)))
print(sorted(g(2)), list(zip(g(2), g(3))))
print("".join(str(x) for x in g(2)))
a, b = g(2)
print(a, b)
for x, y in zip(g(3), "ab"):
    print(x, y)
print([x for x in g(2)], {x for x in g(2)}, set(g(1)))
print(enumerate(g(0)) is not None, list(map(str, g(2))))
