# An int that stays within bounds: its own __add__ and __sub__ return the subclass.
class Percent(int):
    def __new__(cls, value):
        return super().__new__(cls, max(0, min(100, value)))

    def __add__(self, other):
        return Percent(int(self) + int(other))

    def __sub__(self, other):
        return Percent(int(self) - int(other))

    def __repr__(self):
        return f"{int(self)}%"


p = Percent(80)
print(p, p + 30, p - 200, type(p + 30).__name__)
print(5 + p, type(5 + p).__name__)
p += 15
print(p, type(p).__name__)
print(Percent(150), Percent(-5), Percent(50) * 2)
