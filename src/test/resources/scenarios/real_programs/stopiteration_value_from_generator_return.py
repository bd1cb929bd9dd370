# a generator's return value reaches the caller as StopIteration.value (and args), also through yield from
import sys

def gen():
    yield 1
    yield 2
    return "done"

g = gen()
while True:
    try:
        print(next(g))
    except StopIteration as stop:
        print("returned", stop.value, stop.args)
        break

def delegator():
    result = yield from gen()
    print("inner returned", result)

print(list(delegator()))
e = StopIteration(42)
print(e.value, repr(e), sys.getsizeof(e))
