# itertools.chain.from_iterable flattens lazily: it holds an iterator over the outer iterable and the current inner iterator, dropping each as it runs dry
import sys
import gc
import itertools
from itertools import chain

matrix = [[1, 2, 3], [4, 5], [], [6]]
flat = chain.from_iterable(matrix)
print(type(flat), sys.getsizeof(flat), gc.is_tracked(flat))
print("matrix held by the iterator", sys.getrefcount(matrix))
row = matrix[0]
print(next(flat), "row in use", sys.getrefcount(row))
print(list(flat))
print("exhausted", sys.getrefcount(matrix), sys.getrefcount(row))
words = ["ab", "cd"]
print(list(itertools.chain.from_iterable(words)), chain.from_iterable.__name__)

def lines():
    for block in ["x y", "z"]:
        print("reading", block)
        yield block.split()

tokens = chain.from_iterable(lines())
print(next(tokens))
print(list(tokens))
print(sorted(chain.from_iterable([{3, 1}, {2}])))
