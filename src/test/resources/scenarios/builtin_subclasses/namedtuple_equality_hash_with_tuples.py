from collections import namedtuple

class Edge(namedtuple('Edge', 'src dst')):
    __slots__ = ()

    def reversed(self):
        return Edge(self.dst, self.src)

a = Edge('a', 'b')
print(a == ('a', 'b'), a == Edge('a', 'b'), a != a.reversed(), a == ['a', 'b'])
print(hash(a) == hash(('a', 'b')), a < a.reversed(), a.reversed() > a)
seen = {a, Edge('a', 'b'), ('a', 'b'), a.reversed()}
print(len(seen), sorted(seen))
weights = {a: 3}
print(weights[('a', 'b')], weights.get(Edge('b', 'a'), 0), ('a', 'b') in weights)
