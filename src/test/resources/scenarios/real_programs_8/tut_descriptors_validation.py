class Typed:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum
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
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        setattr(obj, self.private, value)

class Product:
    name = Typed(str)
    price = Typed(float, 0.0)
    stock = Typed(int, 0)
    def __init__(self, name, price, stock):
        self.name = name
        self.price = price
        self.stock = stock
    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.stock})"

p = Product("lamp", 19.99, 3)
print(p, sorted(vars(p)))
for attr, value in [("price", "cheap"), ("stock", -1), ("name", "desk")]:
    try:
        setattr(p, attr, value)
        print("set", attr, "->", getattr(p, attr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(Product.price.name, Product.stock.private, type(Product.__dict__["name"]).__name__)

class Lazy:
    def __init__(self, func):
        self.func = func
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.attr] = value
        return value

class Report:
    @Lazy
    def data(self):
        print("computing data")
        return [1, 2, 3]

rep = Report()
print(rep.data, rep.data, "data" in vars(rep))
