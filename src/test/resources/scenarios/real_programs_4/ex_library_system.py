from dataclasses import dataclass, field
from typing import Optional

@dataclass(order=True)
class Book:
    title: str
    author: str = field(compare=False)
    year: int = field(compare=False, default=2000)
    borrower: Optional[str] = field(default=None, compare=False, repr=False)

class Library:
    def __init__(self, books):
        self.books = {b.title: b for b in books}

    def checkout(self, title, who):
        book = self.books.get(title)
        if book is None:
            return f"{title!r}: not in catalogue"
        if book.borrower:
            return f"{title!r}: already out to {book.borrower}"
        book.borrower = who
        return f"{title!r}: checked out to {who}"

    def available(self):
        return sorted(b for b in self.books.values() if b.borrower is None)

lib = Library([Book("Dune", "Herbert", 1965), Book("Emma", "Austen", 1815), Book("Ubik", "Dick", 1969)])
for title, who in [("Dune", "ann"), ("Dune", "bob"), ("Zorba", "cy"), ("Emma", "bob")]:
    print(lib.checkout(title, who))
print(lib.available())
oldest = min(lib.books.values(), key=lambda b: b.year)
print(oldest, oldest.borrower)
print(Book("A", "x") < Book("B", "y"), Book("A", "x") == Book("A", "z"))
