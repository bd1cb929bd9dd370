from collections import namedtuple

class Date(namedtuple('Date', 'year month day')):
    __slots__ = ()

    @classmethod
    def parse(cls, text):
        return cls(*map(int, text.split('-')))

    @classmethod
    def from_dict(cls, d):
        return cls._make(d[f] for f in cls._fields)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __str__(self):
        return f'{self.year:04d}-{self.month:02d}-{self.day:02d}'

d = Date.parse('2024-02-29')
print(d, repr(d), Date.is_leap(d.year), d.is_leap(2023))
e = Date.from_dict({'day': 1, 'year': 1999, 'month': 12})
print(e, type(e).__name__, e < d, sorted([d, e]))
