# Calling a generator function runs nothing: the body starts at the first next().
def gen():
    print("body starts")
    yield 1
    print("body ends")
g = gen()
print("created")
for v in g:
    print("got", v)
print("done")
