import sys

def show(label, value):
    print(f"{label:<30}{value}")

show("fresh list literal", sys.getrefcount([]))
show("fresh dict", sys.getrefcount({}))
x = [0]
show("named list", sys.getrefcount(x))
show("list inside a tuple arg", sys.getrefcount((x,)[0]))
y = x
z = [x]
show("after y = x and z = [x]", sys.getrefcount(x))
show("x[0] (small int 0) > 100", sys.getrefcount(x[0]) > 100)
class K:
    attr = x
show("after class attribute", sys.getrefcount(x))
k = K()
show("instance does not add", sys.getrefcount(x))
k.attr2 = x
show("instance attribute adds one", sys.getrefcount(x))
del K.attr
show("deleting the class attribute", sys.getrefcount(x))
show("the class K itself", sys.getrefcount(K))
