# Spreading a non-iterable with * is a TypeError naming the function.
def f(*a):
    return a
print(f(*"ab"))
f(*5)
