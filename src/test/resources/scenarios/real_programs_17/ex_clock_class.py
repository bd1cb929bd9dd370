# Exercism-style "Clock": minutes wrap around the day, equality by time, __add__/__sub__ with ints.
class Clock:
    def __init__(self, hour, minute):
        self.total = (hour * 60 + minute) % (24 * 60)

    @property
    def hour(self):
        return self.total // 60

    @property
    def minute(self):
        return self.total % 60

    def __repr__(self):
        return f"Clock({self.hour}, {self.minute})"

    def __str__(self):
        return f"{self.hour:02d}:{self.minute:02d}"

    def __eq__(self, other):
        return isinstance(other, Clock) and self.total == other.total

    def __hash__(self):
        return hash(self.total)

    def __add__(self, minutes):
        return Clock(0, self.total + minutes)

    def __sub__(self, minutes):
        return Clock(0, self.total - minutes)


cases = [(8, 0), (11, 9), (24, 0), (25, 0), (100, 0), (1, 60), (0, 160), (0, 1723), (-1, 15),
         (-25, 0), (-91, 0), (1, -40), (1, -4820), (-25, -160), (-121, -5810)]
for h, m in cases:
    print(f"Clock({h}, {m}) -> {Clock(h, m)}")
print(Clock(10, 0) + 3, Clock(0, 45) + 40, Clock(10, 3) - 3, Clock(0, 3) - 4, Clock(2, 20) - 3000)
print(Clock(15, 37) == Clock(15, 37), Clock(15, 36) == Clock(15, 37), Clock(10, 37) == Clock(34, 37))
print(Clock(3, 11) == Clock(99, 11), Clock(22, 40) == Clock(-2, 40), Clock(0, 0) == Clock(-48, 0))
print(repr(Clock(7, 32)), len({Clock(1, 0), Clock(25, 0), Clock(1, 1)}), Clock(1, 0) == "01:00")
print(sorted([str(Clock(h, m)) for h, m in cases[:5]]))
