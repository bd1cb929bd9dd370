def new(cls, *args):
    print("new", cls.__name__, args)
    return super(Counter, cls).__new__(cls)


def init(self, start):
    self.value = start


Counter = type("Counter", (), {"__new__": new, "__init__": init})
c = Counter(5)
print(c.value, vars(c))
