class Field:
    """A data descriptor that checks a value, then keeps it in the instance's own __dict__."""

    def __init__(self, kind, *, minimum=None, choices=None):
        self.checks = [(lambda v: isinstance(v, kind), lambda v: TypeError(f"{self.name} must be {kind.__name__}, got {type(v).__name__}"))]
        if minimum is not None:
            self.checks.append((lambda v: v >= minimum, lambda v: ValueError(f"{self.name} must be >= {minimum}, got {v}")))
        if choices is not None:
            self.checks.append((lambda v: v in choices, lambda v: ValueError(f"{self.name} must be one of {sorted(choices)}")))
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        owner._fields = [*getattr(owner, "_fields", ()), name]

    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__[self.name]

    def __set__(self, obj, value):
        for ok, problem in self.checks:
            if not ok(value):
                raise problem(value)
        obj.__dict__[self.name] = value

    def __repr__(self):
        return f"Field({self.kind.__name__})"


class Model:
    def __init__(self, **kwargs):
        missing = [f for f in self._fields if f not in kwargs]
        if missing:
            raise TypeError(f"missing: {', '.join(missing)}")
        for key, value in kwargs.items():
            if key not in self._fields:
                raise TypeError(f"unexpected field {key!r}")
            setattr(self, key, value)

    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({args})"


class Product(Model):
    name = Field(str)
    price = Field(float, minimum=0.0)
    stock = Field(int, minimum=0)
    size = Field(str, choices={"S", "M", "L"})


class Counter:
    """A non-data descriptor: counts reads, can be shadowed by the instance."""

    def __init__(self):
        self.reads = 0

    def __get__(self, obj, objtype=None):
        self.reads += 1
        return f"computed for {objtype.__name__}"


class Widget:
    label = Counter()


p = Product(name="shirt", price=19.5, stock=4, size="M")
print(p)
print(Product._fields, Product.price, type(Product.__dict__["stock"]).__name__)
p.stock -= 1
print(p.stock, vars(p))
attempts = [dict(price=-1.0), dict(stock="many"), dict(size="XL"), dict(name=5)]
for change in attempts:
    (key, value), = change.items()
    try:
        setattr(p, key, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for kwargs in (dict(name="hat"), dict(name="hat", price=5.0, stock=1, size="S", color="red")):
    try:
        Product(**kwargs)
    except TypeError as e:
        print("TypeError:", e)
w = Widget()
print(w.label, Widget.label)
w.label = "mine"
print(w.label, Widget.__dict__["label"].reads, vars(w))
