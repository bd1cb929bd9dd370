# Reaching the base type's methods through super() and through the type.
class Tagged(int):
    def __repr__(self):
        return "Tagged(" + super().__repr__() + ")"

    def __add__(self, other):
        return Tagged(super().__add__(other))


class Shout(str):
    def upper(self):
        return super().upper() + "!"

    def __len__(self):
        return super().__len__() * 10


t = Tagged(4)
print(repr(t), repr(t + 3), int.__add__(t, 1), int.__repr__(t), t.bit_length())
s = Shout("hey")
print(s.upper(), str.upper(s), len(s), str.__len__(s), s.__len__())
