from datetime import date, timedelta

class Book:
    def __init__(self, isbn, title):
        self.isbn = isbn
        self.title = title
        self.loan = None

class Library:
    FINE_PER_DAY = 0.25
    LOAN_DAYS = 14

    def __init__(self):
        self.books = {}

    def add(self, isbn, title):
        self.books[isbn] = Book(isbn, title)

    def lend(self, isbn, member, when):
        book = self.books[isbn]
        if book.loan:
            return f"{book.title} is out until {book.loan[1]}"
        book.loan = (member, when + timedelta(days=self.LOAN_DAYS))
        return f"{member} borrows {book.title}, due {book.loan[1]:%d %b}"

    def give_back(self, isbn, when):
        book = self.books[isbn]
        member, due = book.loan
        book.loan = None
        late = (when - due).days
        fine = max(0, late) * self.FINE_PER_DAY
        return f"{member} returns {book.title}: {late} days late, fine ${fine:.2f}"

lib = Library()
lib.add("111", "Dune")
lib.add("222", "Emma")
start = date(2024, 3, 1)
print(lib.lend("111", "kim", start))
print(lib.lend("111", "lee", start + timedelta(days=2)))
print(lib.lend("222", "lee", start + timedelta(days=3)))
print(lib.give_back("111", date(2024, 3, 20)))
print(lib.give_back("222", date(2024, 3, 10)))
