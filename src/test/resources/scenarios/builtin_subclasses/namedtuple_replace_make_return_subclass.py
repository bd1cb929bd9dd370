from collections import namedtuple

class Version(namedtuple('Version', 'major minor patch')):
    __slots__ = ()

    def bump(self):
        return self._replace(patch=self.patch + 1)

    def __str__(self):
        return '%d.%d.%d' % self

v = Version(1, 4, 2)
w = v.bump()
print(w, repr(w), type(w).__name__, isinstance(w, Version))
m = Version._make([2, 0, 0])
print(m, type(m).__name__)
print(Version._make(range(3)), v._make((9, 9, 9)), Version._make(iter([3, 2, 1])))
print(v._replace(), v._replace() == v, v._replace() is v)
try:
    v._replace(build=7)
except ValueError as e:
    print('ValueError:', e)
try:
    Version._make([1, 2])
except TypeError as e:
    print('TypeError:', e)
