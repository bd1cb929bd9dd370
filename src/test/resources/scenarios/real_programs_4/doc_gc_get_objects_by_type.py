import gc

class Order:
    def __init__(self, n):
        self.n = n

def count_instances(cls):
    return sum(1 for o in gc.get_objects() if type(o) is cls)

gc.collect()
print(count_instances(Order))
orders = [Order(i) for i in range(25)]
print(count_instances(Order))
del orders[::2]
print(count_instances(Order))
orders.clear()
print(count_instances(Order))
gen0 = gc.get_objects(generation=0)
print(isinstance(gen0, list))
