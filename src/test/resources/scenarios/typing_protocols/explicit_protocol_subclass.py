# A class may derive from a protocol explicitly: it inherits the default methods.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Describable(Protocol):
    label: str

    def describe(self) -> str:
        return f"<{self.label}>"


class Book(Describable):
    def __init__(self, title):
        self.label = title


class Song(Describable):
    def __init__(self, title, artist):
        self.label = title
        self.artist = artist

    def describe(self):
        return f"{self.label} by {self.artist}"


items = [Book("Dune"), Song("Yesterday", "The Beatles"), Book("Emma")]
for it in items:
    print(it.describe(), isinstance(it, Describable))

print(Book._is_protocol, Describable._is_protocol)
print(Book.__mro__)
try:
    issubclass(Book, Describable)
except TypeError as e:
    print("TypeError:", e)


class Untitled:
    pass


print(isinstance(Untitled(), Describable))
