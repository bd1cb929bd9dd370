def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("done")

g = countdown(3)
print("created")
print(next(g))
print(next(g))
for v in g:
    print("loop", v)
print(list(g))
squares = (i * i for i in range(4))
print(sum(squares), sum(squares))
