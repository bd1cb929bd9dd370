import sys

def risky(n):
    if n % 2:
        raise KeyError(n)
    return n

found = []
for n in range(4):
    try:
        found.append(risky(n))
    except KeyError as err:
        found.append(f"err{err.args[0]}")
print(found)
print("err still defined:", "err" in dir())

try:
    1 / 0
except ZeroDivisionError as e:
    kept = e
print("kept:", type(kept).__name__, kept)
print("has traceback:", kept.__traceback__ is not None)
print("e gone:", "e" in globals())

try:
    try:
        int("x")
    except ValueError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as outer:
    print("cause:", type(outer.__cause__).__name__, "suppress:", outer.__suppress_context__)
    print("context same as cause:", outer.__context__ is outer.__cause__)
print("exc_info outside:", sys.exc_info()[0])
