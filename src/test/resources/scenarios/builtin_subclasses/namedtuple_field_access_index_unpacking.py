from collections import namedtuple

class Color(namedtuple('Color', 'red green blue')):
    __slots__ = ()

    def hex(self):
        return '#%02x%02x%02x' % self

c = Color(255, 128, 0)
print(c.red, c.green, c.blue)
print(c[0], c[-1], c[1:], c[::-1])
r, g, b = c
print(r, g, b)
first, *rest = c
print(first, rest)
print(len(c), list(c), tuple(c), sum(c), max(c))
for channel in c:
    print(channel, end=' ')
print()
print(c.hex(), 128 in c, c.index(0), c.count(255))
print(c + (1,), c * 2)
