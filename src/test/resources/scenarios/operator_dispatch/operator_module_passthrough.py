# operator.lt/eq/... are the same rich comparison: the method's object comes back unchanged.
import operator
from functools import reduce


class Sym:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        return self.sym(f"{self.name}<{other}")

    def __eq__(self, other):
        return self.sym(f"{self.name}=={other}")

    def sym(self, text):
        return Sym(text)

    def __repr__(self):
        return self.name

    __hash__ = None


x = Sym("x")
print(operator.lt(x, 1), operator.eq(x, 2), operator.ne(x, 3), operator.gt(5, x))
print(list(map(operator.eq, [x, x], [1, 2])))
print(reduce(lambda acc, v: operator.lt(acc, v), [x, 1, 2]))
