# __new__ adds to the namespace before type.__new__ copies it into the class.
import gc, sys
class AutoId(type):
    counter = 0
    def __new__(mcs, name, bases, ns):
        AutoId.counter += 1
        ns["id"] = AutoId.counter
        ns["tag"] = name.lower()
        print("refcount of ns:", sys.getrefcount(ns))
        return super().__new__(mcs, name, bases, ns)
gc.collect()
class Order(metaclass=AutoId):
    pass
print(gc.get_count())
class Invoice(metaclass=AutoId):
    total = 0
print(Order.id, Order.tag, Invoice.id, Invoice.tag)
print(sys.getrefcount(Order), sys.getrefcount(AutoId))
