# CPython's compiler warns for an assert of a tuple and for calls and subscripts of literals (a missed comma) before anything runs.
import gc

print("first line of output")
x = 3
points = [(1, 2), (3, 4)]


def check(n):
    assert (n > 0, "n must be positive")
    assert (n,)
    assert () or n
    return n


def broken(k):
    if k == 1:
        return (1, 2)(3)
    if k == 2:
        return [1, 2][1, 2]
    if k == 3:
        return 1[0]
    if k == 4:
        return "abc"["b"]
    if k == 5:
        return {1, 2}[0]
    if k == 6:
        return [(1, 2) (3, 4)]
    if k == 7:
        return (x for x in points)[0]
    if k == 8:
        return None(1)
    return (1, 2)[1.5]


print(check(x), check(-1))
for k in range(1, 10):
    try:
        broken(k)
    except TypeError as err:
        print(k, "TypeError:", err)
print((1, 2)[1], "ab"[0], [1, 2][x - 2], {1: "a"}[1], [x][0:1], (1, 2)[-1], (lambda: 7)())
print(points[1][0], f"{x}"[0], (points)(0) if False else "-")
while [1, 2][x, 0] if x > 5 else False:
    break
table = [
    (1, 2)
    (3, 4) if x > 5 else None,
]
print(table)
print(gc.get_count()[1:])
