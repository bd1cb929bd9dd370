# exploring the exception hierarchy
errors = [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, FileNotFoundError, StopIteration]
for e in errors:
    chain = [c.__name__ for c in e.__mro__]
    print(f"{e.__name__:<18} -> {' > '.join(chain[1:])}")
def fails(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return "a" + 1
    return int("x")
for k in range(5):
    try:
        fails(k)
    except LookupError as e:
        print("lookup:", type(e).__name__, e)
    except ArithmeticError as e:
        print("arith:", e)
    except Exception as e:
        print("other:", type(e).__name__, e)
print(issubclass(KeyError, LookupError), isinstance(ValueError("x"), Exception))
