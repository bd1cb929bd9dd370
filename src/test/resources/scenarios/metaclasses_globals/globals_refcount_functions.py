# Every function keeps the module's globals dict alive through __globals__
import sys

before = sys.getrefcount(globals())

def a():
    pass

def b():
    pass

after = sys.getrefcount(globals())
print(after - before)
del a
print(sys.getrefcount(globals()) - before)
lambdas = [lambda: i for i in range(3)]
print(sys.getrefcount(globals()) - before)
lambdas.clear()
print(sys.getrefcount(globals()) - before)
