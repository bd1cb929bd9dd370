class Typed:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public} must be >= {self.minimum}")
        setattr(obj, self.private, value)


class Product:
    name = Typed(str)
    price = Typed(float, 0)
    qty = Typed(int, 0)

    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty

    def __repr__(self):
        return "Product(%r, %.2f, %d)" % (self.name, self.price, self.qty)


p = Product("pen", 1.5, 10)
print(p, vars(p))
for field, bad in [("qty", -1), ("qty", 2.5), ("price", 3), ("name", None)]:
    try:
        setattr(p, field, bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(Product.qty.public, Product.qty.private, type(Product.__dict__["name"]).__name__)
p.qty += 5
print(p)
