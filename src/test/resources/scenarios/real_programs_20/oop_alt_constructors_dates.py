class Date:
    DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    created = 0

    def __init__(self, year, month, day):
        if not 1 <= month <= 12:
            raise ValueError(f"month must be in 1..12, not {month}")
        if not 1 <= day <= self.days_in(year, month):
            raise ValueError(f"{year}-{month:02d} has no day {day}")
        self.year, self.month, self.day = year, month, day
        type(self).created += 1

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @classmethod
    def days_in(cls, year, month):
        return 29 if month == 2 and cls.is_leap(year) else cls.DAYS_IN_MONTH[month - 1]

    @classmethod
    def from_iso(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)

    @classmethod
    def from_us(cls, text):
        m, d, y = map(int, text.split("/"))
        return cls(y, m, d)

    @classmethod
    def from_day_of_year(cls, year, n):
        month = 1
        while n > cls.days_in(year, month):
            n -= cls.days_in(year, month)
            month += 1
        return cls(year, month, n)

    def day_of_year(self):
        return sum(self.days_in(self.year, m) for m in range(1, self.month)) + self.day

    def ordinal(self):
        y = self.year - 1
        return y * 365 + y // 4 - y // 100 + y // 400 + self.day_of_year()

    def weekday(self):
        return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(self.ordinal() - 1) % 7]

    def __sub__(self, other):
        return self.ordinal() - other.ordinal()

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

    def __str__(self):
        return f"{self.day} {self.MONTHS[self.month - 1]} {self.year}"


class BusinessDate(Date):
    created = 0

    def is_workday(self):
        return self.weekday() not in ("Sat", "Sun")


d1 = Date.from_iso("2024-02-29")
d2 = Date.from_us("12/25/2023")
d3 = Date.from_day_of_year(2023, 256)
print(repr(d1), str(d1), d1.weekday(), "day", d1.day_of_year())
print(repr(d2), d2.weekday(), "| 256th of 2023:", d3, d3.weekday())
print("days between:", d1 - d2)
b = BusinessDate.from_iso("2024-07-06")
print(repr(b), type(b).__name__, b.weekday(), "workday?", b.is_workday())
print("leap years:", [y for y in (1900, 1996, 2000, 2023, 2024, 2100) if Date.is_leap(y)])
print("feb lengths:", {y: Date.days_in(y, 2) for y in (2023, 2024)})
print("created:", Date.created, BusinessDate.created)
for text in ("2023-02-29", "2023-13-01", "4/31/2022"):
    try:
        Date.from_iso(text) if "-" in text else Date.from_us(text)
    except ValueError as e:
        print("ValueError:", e)
print("created after failures:", Date.created)
week = [BusinessDate.from_day_of_year(2024, n) for n in range(186, 193)]
print(" ".join(f"{d.weekday()}{'*' if d.is_workday() else ''}" for d in week))
