# A record built on tuple, with a classmethod constructor and keyword arguments in __new__.
class Version(tuple):
    __slots__ = ()

    def __new__(cls, major, minor=0, patch=0):
        return super().__new__(cls, (major, minor, patch))

    @classmethod
    def parse(cls, text):
        return cls(*(int(part) for part in text.split(".")))

    def __str__(self):
        return ".".join(str(n) for n in self)


v = Version.parse("3.11.7")
print(v, repr(v), v[0], v > Version(3, 10), v == (3, 11, 7))
print(Version(2), Version(1, minor=4), sorted([Version(1, 2), Version(1, 0, 9), v]))
major, *rest = v
print(major, rest, len(v), 11 in v, v.index(7))
print(max([Version(0, 9), Version(1)]), str(Version(4, 0, 1)))
