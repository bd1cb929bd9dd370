# Without the special method, an operator on an instance raises CPython's TypeError.
class Thing:
    pass
class Adder:
    def __add__(self, other):
        return 42
print(Adder() + Thing())
print(Thing() + Adder())
