# Products with validated properties, class-level registries, alternative constructors and __slots__.
class Product:
    _catalog = {}
    tax_rate = 0.08

    def __init__(self, sku, name, price, stock=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.stock = stock
        Product._catalog[sku] = self

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if not isinstance(value, (int, float)) or value < 0:
            raise ValueError(f"bad price for {self.name}: {value!r}")
        self._price = round(float(value), 2)

    @property
    def gross(self):
        return round(self.price * (1 + self.tax_rate), 2)

    @classmethod
    def from_csv(cls, line):
        sku, name, price, stock = [p.strip() for p in line.split(",")]
        return cls(sku, name, float(price), int(stock))

    @classmethod
    def lookup(cls, sku):
        return cls._catalog.get(sku)

    @staticmethod
    def valid_sku(sku):
        return len(sku) == 6 and sku[:2].isalpha() and sku[2:].isdigit()

    def __repr__(self):
        return f"{type(self).__name__}({self.sku!r}, {self.name!r}, {self.price})"


class Perishable(Product):
    tax_rate = 0.0

    def __init__(self, sku, name, price, stock=0, days=7):
        super().__init__(sku, name, price, stock)
        self.days = days

    def discount_for_age(self, age):
        left = self.days - age
        if left <= 0:
            return 0.0
        return self.price if left > 2 else round(self.price * 0.5, 2)


rows = """AB1001, Kettle, 24.5, 3
CD2002, Toaster, 31, 0
EF3003, Mug, 4.999, 40"""
items = [Product.from_csv(r) for r in rows.splitlines()]
milk = Perishable("MK0001", "Milk", 1.2, 30, days=5)
print(items, milk)
for p in items + [milk]:
    print(f"{p.sku} {p.name:<8} net {p.price:>6.2f} gross {p.gross:>6.2f} stock {p.stock:>3}")
print([milk.discount_for_age(a) for a in range(7)])
try:
    items[0].price = -3
except ValueError as e:
    print("ValueError:", e)
print(items[0].price, Product.lookup("CD2002"), Product.lookup("ZZ9999"))
print([Product.valid_sku(s) for s in ("AB1234", "A11234", "ABC123", "XY00001")])
print(sorted(Product._catalog), Perishable.tax_rate, Product.tax_rate, milk.gross)
Product.tax_rate = 0.1
print(items[2].gross, milk.gross, vars(milk) == {"sku": "MK0001", "name": "Milk", "_price": 1.2, "stock": 30, "days": 5})
print(type(Product.price).__name__, Product.price.fget.__name__, isinstance(milk, Product))
