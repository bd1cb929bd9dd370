# A tokenizer that peeks ahead by copying its iterators, as a parser textbook might.
import copy
import collections
import itertools
import sys


class Tokens:
    def __init__(self, text):
        self.source = iter(text.split())
        self.pending = collections.deque()

    def peek(self, n):
        """The next n tokens, without consuming them: a copy of the iterator runs ahead."""
        ahead = copy.copy(self.source)
        return list(itertools.islice(ahead, n))

    def take(self):
        return next(self.source)


toks = Tokens("let x = 1 + 2 ; let y = x * 3 ;")
print(toks.peek(3), toks.take(), toks.peek(2))

queue = collections.deque(["load", "add", "store", "jump", "halt"])
cursor = iter(queue)
next(cursor)
saved = copy.copy(cursor)
print("rest:", list(cursor))
print("replay:", list(saved), sys.getrefcount(queue))

ids = itertools.count(100)
next(ids)
branch = copy.copy(ids)
print([next(ids) for _ in range(3)], [next(branch) for _ in range(3)])

colors = itertools.cycle(["red", "green", "blue"])
next(colors)
snapshot = copy.deepcopy(colors)
print([next(colors) for _ in range(4)], [next(snapshot) for _ in range(4)])

window = itertools.islice(itertools.count(), 0, 20, 5)
next(window)
probe = copy.deepcopy(window)
print(list(window), list(probe))

running = itertools.accumulate([3, 1, 4, 1, 5], max)
next(running)
twin = copy.copy(running)
print(next(running), next(twin), list(running), list(twin))
