import sys


def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print(f"error: {e} ({a}/{b})", file=sys.stderr)
        return None


results = [divide(6, 3), divide(1, 0), divide(9, 2)]
print(results)
print(sys.getrefcount(sys.stderr))
assert results[1] is not None, "a division failed"
