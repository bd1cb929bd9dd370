import gc
from dataclasses import dataclass, field


@dataclass
class LineItem:
    sku: str
    price: int
    qty: int = 1

    @property
    def subtotal(self):
        return self.price * self.qty


@dataclass
class Cart:
    items: list = field(default_factory=list)
    coupons: set = field(default_factory=set)

    def add(self, sku, price, qty=1):
        for item in self.items:
            if item.sku == sku:
                item.qty += qty
                return item
        item = LineItem(sku, round(float(price) * 100), qty)
        self.items.append(item)
        return item

    def total(self):
        gross = sum(i.subtotal for i in self.items)
        if "TENOFF" in self.coupons:
            gross -= gross // 10
        if "FREESHIP" not in self.coupons and gross < 5000:
            gross += 499
        return f"{gross // 100}.{gross % 100:02d}"


gc.collect()
cart = Cart()
cart.add("pen", "1.20", 3)
cart.add("book", "12.50")
cart.add("pen", "1.20", 2)
for it in cart.items:
    print(f"{it.sku:<6} x{it.qty} = {it.subtotal / 100:.2f}")
print("total:", cart.total())
cart.coupons.add("TENOFF")
print("with coupon:", cart.total())
cart.coupons |= {"FREESHIP"}
print("free shipping:", cart.total())
print(cart.items[0])
print("count:", gc.get_count())
