class Counter:
    count = 0
    shared_list = []

    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.shared_list.append(name)

    def bump(self):
        self.count += 1  # creates an instance attribute!
        return self.count


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
print(a.bump(), a.bump(), Counter.count, a.__dict__, "count" in b.__dict__)
print(Counter.shared_list, a.shared_list is b.shared_list)
b.shared_list = ["own"]
print(b.shared_list, Counter.shared_list)
del a.count
print(a.count)
Counter.count = 100
print(a.count, b.count)
print([k for k in ("count", "shared_list", "bump", "name") if k in vars(Counter)])
print(getattr(a, "missing", "default"), hasattr(a, "bump"), type(a.bump).__name__)
setattr(a, "dynamic", 1)
print(vars(a))
