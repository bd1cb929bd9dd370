# A just-started generator can only be sent None.
def gen():
    x = yield 1
g = gen()
g.send(5)
