import gc

class Order:
    def __init__(self, n):
        self.n = n

def census(cls):
    return sum(1 for o in gc.get_objects() if isinstance(o, cls))

print("orders before:", census(Order))
orders = [Order(i) for i in range(25)]
print("orders after:", census(Order))
del orders[10:]
print("after trimming:", census(Order))
orders[0].loop = orders[0]
del orders
print("after del (one in a cycle):", census(Order))
print("collected:", gc.collect())
print("orders at the end:", census(Order))
print("generation 0 objects are lists?", all(isinstance(o, object) for o in gc.get_objects(generation=0)))
