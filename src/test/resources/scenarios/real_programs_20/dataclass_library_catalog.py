from dataclasses import dataclass, field, asdict, astuple, replace, fields
from datetime import date, timedelta


@dataclass(order=True)
class Book:
    sort_key: tuple = field(init=False, repr=False)
    title: str
    author: str
    year: int
    isbn: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        last = self.author.split()[-1]
        self.sort_key = (last, self.year)
        if self.year < 1450:
            raise ValueError(f"{self.title!r}: printed before the printing press? ({self.year})")


@dataclass
class Loan:
    book: Book
    member: str
    start: date
    days: int = 14

    @property
    def due(self):
        return self.start + timedelta(days=self.days)

    def overdue_on(self, today):
        return max(0, (today - self.due).days)


@dataclass(frozen=True)
class Member:
    name: str
    member_id: int
    max_loans: int = 3


shelf = [
    Book("Dune", "Frank Herbert", 1965, "978-0441013593", ["scifi"]),
    Book("Emma", "Jane Austen", 1815, "978-0141439587"),
    Book("Persuasion", "Jane Austen", 1817, "978-0141439686", ["classic", "romance"]),
    Book("Neuromancer", "William Gibson", 1984, "978-0441569595", ["scifi", "cyberpunk"]),
]
for b in sorted(shelf):
    print(b)
print("fields:", [f.name for f in fields(Book)])
print(asdict(shelf[1]))
print(astuple(Member("ivy", 7)))
dup = replace(shelf[0], isbn="000")
print("equal ignoring isbn:", dup == shelf[0], dup is shelf[0], dup.tags is shelf[0].tags)
print("default lists distinct:", shelf[1].tags is not Book("X", "Y Z", 2000, "1").tags)
try:
    Book("Scroll", "Anon Scribe", 1200, "n/a")
except ValueError as e:
    print("ValueError:", e)
m = Member("ivy", 7)
try:
    m.max_loans = 10
except Exception as e:
    print(type(e).__name__ + ":", e)
print(hash(m) == hash(Member("ivy", 7)), m == Member("ivy", 7, 3), {m, Member("ivy", 7)} == {m})
loans = [Loan(shelf[0], "ivy", date(2024, 3, 1)), Loan(shelf[2], "ivy", date(2024, 3, 10), days=7),
         Loan(shelf[3], "max", date(2024, 2, 20), 21)]
today = date(2024, 3, 20)
for loan in loans:
    print(f"{loan.book.title:<12} {loan.member:<4} due {loan.due.isoformat()} overdue {loan.overdue_on(today):>2} day(s)")
fine = sum(loan.overdue_on(today) * 0.25 for loan in loans)
print(f"fines: ${fine:.2f}")
print(repr(loans[1])[:60])
