# The report of an uncaught error: a generator expression's and a generator's frames are entries,
# and a recursion's run of identical entries shows three and how many more there were.
import sys

print("starting", file=sys.stderr)


def ratio(x):
    return 10 // x


try:
    print(sum(ratio(x) for x in [5, 2, 0]))
except ZeroDivisionError:
    import traceback
    traceback.print_exc()


def countdown(n):
    yield n
    yield from countdown(n - 1) if n > 0 else iter([1 // n])


try:
    print(list(countdown(2)))
except ZeroDivisionError:
    import traceback
    traceback.print_exc()


def walk(node):
    return walk(node + 1)


walk(0)
