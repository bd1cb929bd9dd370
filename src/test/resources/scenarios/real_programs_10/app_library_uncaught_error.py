class Book:
    def __init__(self, isbn, title, author):
        self.isbn, self.title, self.author = isbn, title, author
        self.borrower = None

class Library:
    def __init__(self):
        self.books = {}
        self.members = set()

    def add_book(self, book):
        self.books[book.isbn] = book

    def join(self, member):
        self.members.add(member)

    def borrow(self, isbn, member):
        if member not in self.members:
            raise PermissionError(f"{member} is not a member")
        book = self.books[isbn]
        if book.borrower:
            raise LookupError(f"{book.title!r} is already out with {book.borrower}")
        book.borrower = member
        return book

    def give_back(self, isbn):
        book = self.books[isbn]
        book.borrower = None

    def available(self):
        return sorted(b.title for b in self.books.values() if b.borrower is None)

lib = Library()
for isbn, title, author in [("111", "Dune", "Herbert"), ("222", "Emma", "Austen"), ("333", "Ulysses", "Joyce")]:
    lib.add_book(Book(isbn, title, author))
lib.join("ann")
lib.join("bob")
print(lib.borrow("111", "ann").title)
print(lib.available())
for isbn, who in [("111", "bob"), ("222", "zed")]:
    try:
        lib.borrow(isbn, who)
    except (PermissionError, LookupError) as e:
        print(type(e).__name__, "-", e)
lib.give_back("111")
print(lib.available())
lib.borrow("999", "ann")
