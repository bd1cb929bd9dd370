def f():
    try:
        return "try"
    finally:
        print("finally runs before the return completes")

print(f())

def g():
    try:
        return 1
    finally:
        return 2

print(g())

def h(x):
    try:
        result = 10 / x
    except ZeroDivisionError:
        print("zero!")
        return None
    except TypeError as e:
        print("type:", e)
        raise ValueError("bad input") from e
    else:
        print("else branch")
        return result
    finally:
        print(f"finally for {x!r}")

print(h(2))
print(h(0))
try:
    h("a")
except ValueError as e:
    print("caught", repr(e), "cause:", repr(e.__cause__))

def loop():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("cleanup", i)
loop()
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise IndexError("i")
except IndexError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
e = None
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
