# Count live instances of your own classes with gc.get_objects().
import gc


class Customer:
    def __init__(self, name):
        self.name = name


class Order:
    def __init__(self, customer, total):
        self.customer = customer
        self.total = total


def census():
    counts = {}
    for o in gc.get_objects():
        if isinstance(o, (Customer, Order)):
            n = type(o).__name__
            counts[n] = counts.get(n, 0) + 1
    return sorted(counts.items())


people = [Customer(n) for n in ["ann", "ben"]]
orders = [Order(people[i % 2], 10 * i) for i in range(5)]
print("live:", census())
orders = orders[:2]
print("after trimming orders:", census())
del people
print("customers still referenced by orders:", census())
orders.clear()
print("all gone:", census())
