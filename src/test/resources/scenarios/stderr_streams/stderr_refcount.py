import sys

# sys.stderr is held by sys.stderr, sys.__stderr__ and threading's main thread; stdout by two names.
print(sys.getrefcount(sys.stderr), sys.getrefcount(sys.__stderr__))
print(sys.getrefcount(sys.stdout), sys.getrefcount(sys.__stdout__))


def report():
    print("inside", sys.getrefcount(sys.stderr), file=sys.stderr)
    return sys.getrefcount(sys.stderr)


print(report())
print(sys.getsizeof(sys.stderr), sys.getsizeof(sys.stdout))
