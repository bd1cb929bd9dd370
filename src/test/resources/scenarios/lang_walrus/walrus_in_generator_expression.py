# a walrus in a generator expression binds in the enclosing function only as the generator runs
def f():
    g = (last := x * 2 for x in range(4))
    try:
        print(last)
    except NameError as e:
        print(type(e).__name__, e)
    print(sum(g))
    print("last", last)
f()
