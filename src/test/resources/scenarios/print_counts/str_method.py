import gc
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
gc.collect()
c = [gc.get_count()]
m = Money(1234)
print(m); c.append(gc.get_count())
print("total:", m, sep=" "); c.append(gc.get_count())
print(c)
