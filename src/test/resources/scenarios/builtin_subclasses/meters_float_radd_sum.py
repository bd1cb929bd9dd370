# A length in meters that keeps its type through + and sum().
class Meters(float):
    def __add__(self, other):
        return Meters(float(self) + float(other))

    def __radd__(self, other):
        return Meters(float(other) + float(self))

    def __repr__(self):
        return f"{float(self):g} m"


legs = [Meters(1.5), Meters(2.25), Meters(0.25)]
total = sum(legs)
print(total, type(total).__name__, Meters(1) + 2, 2 + Meters(1))
print(total * 2, type(total * 2).__name__, total / 4, total > 3)
print(sorted(legs), [repr(x) for x in legs], f"{total:.2f}")
