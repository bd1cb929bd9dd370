# staticmethod gets no implicit argument; classmethod gets the class, also when called on an instance or subclass.
class Counter:
    made = 0
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls):
        cls.made = cls.made + 1
        return cls()
class Sub(Counter):
    pass
print(Counter.add(2, 3), Counter().add(4, 5))
x = Counter.make()
y = Sub.make()
print(type(x) is Counter, type(y) is Sub, Counter.made, Sub.made)
