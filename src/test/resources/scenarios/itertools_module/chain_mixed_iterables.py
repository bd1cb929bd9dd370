# chain walks any iterables in turn: strings, ranges, tuples, generators, empty lists
import itertools
def gen():
    yield "g1"
    yield "g2"
print(list(itertools.chain("ab", range(2), (), [None], gen())))
print(list(itertools.chain()))
print(sum(itertools.chain([1, 2], [3, 4])))
