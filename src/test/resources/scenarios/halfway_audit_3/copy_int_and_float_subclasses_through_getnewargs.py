import copy, sys, gc

class Money(int):
    pass

class Ratio(float):
    def __new__(cls, value):
        print("new", cls.__name__, value)
        return super().__new__(cls, value)

m = Money(1234567)
m.currency = "EUR"
r = Ratio(0.25)
gc.collect()
c = copy.copy(m)
print(type(c).__name__, c, c == m, c is m, c.currency)
print(sys.getrefcount(m), sys.getrefcount(c))
print(gc.get_count())
d = copy.deepcopy(m)
print(type(d).__name__, d, d is m, d.__dict__)
print(gc.get_count())
cr = copy.copy(r)
dr = copy.deepcopy(r)
print(type(cr).__name__, cr, cr is r, dr is r, dr + 1)
print(sys.getrefcount(r), sys.getrefcount(cr), sys.getrefcount(dr))
print(gc.get_count())
