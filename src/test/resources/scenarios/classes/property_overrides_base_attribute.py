# A property in a subclass takes precedence over the instance's own attribute of the same name lookup.
class Base:
    def __init__(self):
        self.size = 1
class Doubled(Base):
    @property
    def size(self):
        return 2 * self._size
    @size.setter
    def size(self, v):
        self._size = v
d = Doubled()
print(d.size, Base().size)
d.size = 10
print(d.size, d._size)
