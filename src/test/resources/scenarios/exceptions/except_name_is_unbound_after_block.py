# `except E as e` deletes e at the end of the block (CPython compiles `e = None; del e`).
try:
    raise ValueError("x")
except ValueError as e:
    print("bound:", repr(e))
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    try:
        raise TypeError("t")
    except TypeError as e:
        pass
    return e
try:
    f()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)
