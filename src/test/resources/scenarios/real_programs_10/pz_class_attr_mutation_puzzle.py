class Dog:
    tricks = []
    kind = "canine"
    def __init__(self, name):
        self.name = name
    def add_trick(self, trick):
        self.tricks.append(trick)

d = Dog("Fido"); e = Dog("Buddy")
d.add_trick("roll over"); e.add_trick("play dead")
print(d.tricks, d.tricks is e.tricks is Dog.tricks)
d.kind = "wolf"
print(d.kind, e.kind, Dog.kind, "kind" in vars(d), "kind" in vars(e))
Dog.kind = "dog"
print(d.kind, e.kind)
del d.kind
print(d.kind)
class Counter:
    count = 0
    def __init__(self):
        self.count += 1
a = Counter(); b = Counter()
print(a.count, b.count, Counter.count)
class Counter2:
    count = 0
    def __init__(self):
        type(self).count += 1
Counter2(); Counter2()
print(Counter2.count)
class Base:
    x = 1
class Child(Base):
    pass
print(Base.x, Child.x)
Child.x = 2
print(Base.x, Child.x)
Base.x = 3
print(Base.x, Child.x, Child.__dict__.get("x"), "x" in Base.__dict__)
