from collections import defaultdict
from enum import Enum


class Status(Enum):
    AVAILABLE = "available"
    LOANED = "on loan"
    LOST = "lost"


class Book:
    def __init__(self, isbn, title, author):
        self.isbn, self.title, self.author = isbn, title, author
        self.status = Status.AVAILABLE

    def __str__(self):
        return "%s by %s [%s]" % (self.title, self.author, self.status.value)


class Library:
    LIMIT = 2

    def __init__(self):
        self.books = {}
        self.loans = defaultdict(set)

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def checkout(self, member, isbn):
        book = self.books.get(isbn)
        if book is None:
            return "no book %s" % isbn
        if book.status is not Status.AVAILABLE:
            return "%s is %s" % (book.title, book.status.value)
        if len(self.loans[member]) >= self.LIMIT:
            return "%s has too many books" % member
        book.status = Status.LOANED
        self.loans[member].add(isbn)
        return "%s borrowed %s" % (member, book.title)

    def checkin(self, member, isbn):
        try:
            self.loans[member].remove(isbn)
        except KeyError:
            return "%s did not borrow %s" % (member, isbn)
        self.books[isbn].status = Status.AVAILABLE
        return "%s returned %s" % (member, self.books[isbn].title)


lib = Library()
lib.add(Book(1, "Dune", "Herbert"), Book(2, "Emma", "Austen"), Book(3, "Ulysses", "Joyce"))
for action in [("out", "kim", 1), ("out", "lee", 1), ("out", "kim", 2), ("out", "kim", 3),
               ("in", "lee", 1), ("in", "kim", 1), ("out", "lee", 1), ("out", "kim", 9)]:
    fn = lib.checkout if action[0] == "out" else lib.checkin
    print(fn(*action[1:]))
lib.books[3].status = Status.LOST
print(lib.checkout("lee", 3))
for b in lib.books.values():
    print(" ", b)
print({m: sorted(s) for m, s in sorted(lib.loans.items())})
