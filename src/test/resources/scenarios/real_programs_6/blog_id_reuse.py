import weakref

class Thing:
    pass

a = Thing()
first = id(a)
alias = a
print("same object, same id:", id(alias) == first)
watch = weakref.ref(a)
del a
print("alias keeps it alive:", watch() is alias, id(watch()) == first)
del alias
print("now it is gone:", watch() is None)
first = None
x = [1]
y = [1]
print(x == y, x is y, id(x) == id(y))
n = 256
m = 255 + 1
print(n is m)
k = 10 ** 3
print(k == 1000)
t1 = ()
t2 = tuple()
print(t1 is t2)
print(id(None) == id(None), None is None)
