import sys

data = [1, 2, 3]
print("start:", sys.getrefcount(data))

def make_reader(obj):
    def read():
        return len(obj)
    return read

r1 = make_reader(data)
print("one closure:", sys.getrefcount(data))
r2 = make_reader(data)
print("two closures:", sys.getrefcount(data))
print(r1.__closure__[0].cell_contents is data)
del r1
print("after del r1:", sys.getrefcount(data))
lam = lambda: data
print("lambda over a global adds nothing:", sys.getrefcount(data))
r2 = None
print("end:", sys.getrefcount(data))
