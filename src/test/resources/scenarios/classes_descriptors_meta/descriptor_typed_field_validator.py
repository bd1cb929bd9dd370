import gc
import sys


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)


class Product:
    name = Typed(str)
    price = Typed(float)
    qty = Typed(int)

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty


gc.collect()
print(gc.get_count())
p = Product("pen", 1.5, 4)
print(p.name, p.price, p.qty, p.total())
print(sorted(vars(p)))
print(gc.get_count())
try:
    p.qty = "many"
except TypeError as e:
    print("TypeError:", e)
print(p.qty)
print(type(Product.price).__name__, Product.price.name, Product.price.private)
print(sys.getrefcount(Product.price))
print(sys.getsizeof(p), sys.getsizeof(Product.qty))
del p
print(gc.get_count())
