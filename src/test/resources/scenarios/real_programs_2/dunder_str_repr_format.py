class Money:
    def __init__(self, amount, cur="USD"):
        self.amount, self.cur = amount, cur
    def __str__(self):
        return f"{self.amount:.2f} {self.cur}"
    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"
    def __format__(self, spec):
        return format(self.amount, spec) + self.cur[0]
    def __lt__(self, other):
        return self.amount < other.amount
    def __len__(self):
        return 3
m = Money(3.5)
print(m, repr(m), [m], f"{m:.1f}", f"{m!s}", str([m]), len(m))
print(sorted([Money(2), Money(1)]), max(Money(5), Money(7)))
