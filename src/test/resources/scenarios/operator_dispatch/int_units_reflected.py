# An int subclass for metres that insists on staying metres when a plain int is added from the left.
class Metres(int):
    def __radd__(self, other):
        print(f"Metres.__radd__({other})")
        return Metres(int(other) + int(self))

    def __rsub__(self, other):
        print(f"Metres.__rsub__({other}) declines")
        return NotImplemented

    def __repr__(self):
        return f"{int(self)}m"


m = Metres(5)
print(3 + m, type(3 + m).__name__)
print(10 - m, type(10 - m).__name__)
print(m + 3, type(m + 3).__name__)
print(2.5 + m, True + m)
distance = 100
distance += m
print(distance, type(distance).__name__)
print(sum([Metres(1), Metres(2)]))
