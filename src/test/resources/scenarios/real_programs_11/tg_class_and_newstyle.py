import gc

# test_gc: test_class, test_newstyleclass, test_method
gc.collect()
class A:
    pass
A.a = A
del A
print("class referring to itself:", gc.collect() != 0)

class B(list):
    pass
b = B()
b.append(b)
del b
print("list subclass instance cycle:", gc.collect())

class C:
    def __init__(self):
        self.init = self.__init__
c = C()
del c
print("bound method cycle:", gc.collect())

def f():
    pass
f.attr = f
del f
print("function cycle:", gc.collect())
