# close() stops a suspended generator at its yield; the rest of the body never runs.
def gen():
    print("start")
    yield 1
    print("never printed")
    yield 2
g = gen()
print(g.__next__())
g.close()
print("closed")
for v in g:
    print("nothing", v)
print("end")
