from dataclasses import dataclass, field
from typing import List

@dataclass
class LineItem:
    description: str
    unit_price: float
    quantity: int = 1

    @property
    def total(self) -> float:
        return self.unit_price * self.quantity

@dataclass
class Invoice:
    number: int
    customer: str
    items: List[LineItem] = field(default_factory=list)
    tax_rate: float = 0.2

    def add(self, *args, **kwargs):
        self.items.append(LineItem(*args, **kwargs))
        return self

    def subtotal(self):
        return sum(item.total for item in self.items)

    def render(self):
        lines = [f"Invoice #{self.number:05d} for {self.customer}"]
        for it in self.items:
            lines.append(f"  {it.description:<12}{it.quantity:>3} x {it.unit_price:>7.2f} = {it.total:>8.2f}")
        sub = self.subtotal()
        lines.append(f"  {'subtotal':<27}{sub:>8.2f}")
        lines.append(f"  {'tax':<27}{sub * self.tax_rate:>8.2f}")
        lines.append(f"  {'TOTAL':<27}{sub * (1 + self.tax_rate):>8.2f}")
        return "\n".join(lines)

inv = Invoice(42, "Acme Ltd").add("keyboard", 49.99).add("mouse", 19.5, quantity=2).add("cable", 4.25, 4)
print(inv.render())
print(inv.items[1])
print(Invoice(1, "x") == Invoice(1, "x"), Invoice(1, "x").items is Invoice(1, "x").items)
