# Methods that call super(): the class body makes a __class__ cell, each such method a closure tuple.
import gc


class Base:
    def greet(self):
        return "base"


gc.collect()
print(gc.get_count())


class Child(Base):
    def greet(self):
        return "child+" + super().greet()

    def again(self):
        return super().greet()


print(gc.get_count())
print(Child().greet(), Child().again())
print(gc.get_count())
