from collections import namedtuple

class Money(namedtuple('Money', 'amount currency')):
    __slots__ = ()

    def __repr__(self):
        return f'Money({self.amount!r}, {self.currency!r})'

    def __str__(self):
        return f'{self.amount:.2f} {self.currency}'

class Tag(namedtuple('Tag', 'name')):
    def __str__(self):
        return '#' + self.name

m = Money(3.5, 'EUR')
print(m, repr(m), [m], f'{m}')
t = Tag('python')
print(t, repr(t), [t], str(t))
