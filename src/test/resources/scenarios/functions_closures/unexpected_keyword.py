# An unknown keyword argument is a TypeError naming it.
def f(a, b):
    return a
print(f(b=1, a=2))
f(1, c=3)
