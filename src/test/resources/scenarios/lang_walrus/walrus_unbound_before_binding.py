# a walrus makes its name local to the function, so reading it before raises UnboundLocalError
def f():
    try:
        print(n)
    except UnboundLocalError as e:
        print("error:", e)
    if (n := 4) > 3:
        print("bound", n)
f()
