# A generator's return value travels in StopIteration.
def gen():
    yield 1
    return "result"
g = gen()
print(g.__next__())
g.__next__()
