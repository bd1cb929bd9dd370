# `x: int` without a value inside a function makes x local: reading it first raises UnboundLocalError, not the global's value
x = [1, 2]
def f():
    x: int
    try:
        print(x)
    except UnboundLocalError as e:
        print("error:", e)
    x = 3
    return x
print(f(), x)
