# Which protocol classes can be instantiated, and with which arguments.
from typing import Protocol


class Sized(Protocol):
    def size(self) -> int: ...


class Fixed(Sized):
    def size(self):
        return 3


class WithInit(Protocol):
    def __init__(self, label):
        self.label = label


class Child(WithInit):
    pass


print(Fixed().size())
try:
    Fixed(10)
except TypeError as e:
    print("TypeError:", e)
try:
    Sized(1)
except TypeError as e:
    print("TypeError:", e)
print(WithInit("w").label, Child("c").label)
try:
    Child()
except TypeError as e:
    print("TypeError:", e)
