# A small library system: books, members, loans, __repr__/__str__/__eq__ and class counters.
class Book:
    count = 0

    def __init__(self, isbn, title, author):
        self.isbn, self.title, self.author = isbn, title, author
        self.on_loan = False
        Book.count += 1

    def __repr__(self):
        return f"Book({self.isbn!r}, {self.title!r})"

    def __str__(self):
        flag = "out" if self.on_loan else "in"
        return f"{self.title} by {self.author} [{flag}]"

    def __eq__(self, other):
        return isinstance(other, Book) and self.isbn == other.isbn

    def __hash__(self):
        return hash(self.isbn)


class Member:
    limit = 2

    def __init__(self, name):
        self.name = name
        self.books = []

    def borrow(self, book):
        if book.on_loan:
            return f"{self.name}: '{book.title}' is already out"
        if len(self.books) >= self.limit:
            return f"{self.name}: limit of {self.limit} reached"
        book.on_loan = True
        self.books.append(book)
        return f"{self.name} borrowed '{book.title}'"

    def give_back(self, book):
        self.books.remove(book)
        book.on_loan = False
        return f"{self.name} returned '{book.title}'"


class Library:
    def __init__(self):
        self.shelf = {}

    def add(self, *books):
        for b in books:
            self.shelf[b.isbn] = b

    def available(self):
        return [b for b in self.shelf.values() if not b.on_loan]

    def __len__(self):
        return len(self.shelf)

    def __contains__(self, book):
        return book.isbn in self.shelf


lib = Library()
lib.add(Book("111", "Dune", "Herbert"), Book("222", "Emma", "Austen"),
        Book("333", "Ulysses", "Joyce"), Book("444", "Beloved", "Morrison"))
ann, ben = Member("Ann"), Member("Ben")
print(ann.borrow(lib.shelf["111"]))
print(ben.borrow(lib.shelf["111"]))
print(ann.borrow(lib.shelf["222"]))
print(ann.borrow(lib.shelf["333"]))
print(ben.borrow(lib.shelf["333"]))
for b in lib.shelf.values():
    print(" ", b)
print(ann.give_back(lib.shelf["111"]))
print("available:", lib.available())
print(len(lib), Book("222", "?", "?") in lib, Book.count)
print(Book("111", "x", "y") == lib.shelf["111"], Book("111", "x", "y") in ann.books)
print({b: b.on_loan for b in lib.shelf.values()})
