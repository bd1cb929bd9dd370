import sys, gc
gc.collect()
r=[]
class A: pass
del A
r.append(gc.collect())
class A: pass
del A
r.append(gc.collect())
class A:
    def m(self): pass
del A
r.append(gc.collect())
class A:
    def __del__(self): pass
del A
r.append(gc.collect())
class A:
    def __init__(self): pass
del A
r.append(gc.collect())
class A:
    def __init__(self): pass
    def __del__(self): pass
del A
r.append(gc.collect())
class A:
    def __init__(self): pass
a = A()
del A
r.append(gc.collect())
del a
r.append(gc.collect())
class A:
    x = 5
    y = [1]
del A
r.append(gc.collect())
print(r)
