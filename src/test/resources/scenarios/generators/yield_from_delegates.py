# yield from passes every value of the inner generator through and evaluates to its return value.
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
print(list(outer()))
