a = [1]
b = a
print(id(a) == id(b))
c = a[:]
print(id(a) == id(c))
def show(x):
    return id(x)
print(show(a) == id(a))
