from collections import namedtuple

Base = namedtuple('Card', 'rank suit')

class Card(Base):
    __slots__ = ()

c = Card('Q', 'hearts')
print(isinstance(c, Card), isinstance(c, Base), isinstance(c, tuple), isinstance(c, object), isinstance(c, list))
print(issubclass(Card, Base), issubclass(Card, tuple), issubclass(Card, dict))
print(type(c), type(c) is Card, type(c) is Base, Card.__name__)
print(Card.__bases__, Card.__base__ is Base)
print(Card.__mro__)
print(isinstance(Base('A', 'x'), Card))
