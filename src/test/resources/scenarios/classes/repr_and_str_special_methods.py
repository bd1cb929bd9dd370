# print uses __str__, repr() and containers use __repr__; without __str__, str() falls back to __repr__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"
    def __str__(self):
        return "$" + str(self.cents / 100)
class Tag:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "<" + self.name + ">"
m = Money(250)
print(m)
print(repr(m), str(m))
print([m, Money(5)])
print(Tag("b"), [Tag("i")], f"{Tag('u')} {m!r}")
