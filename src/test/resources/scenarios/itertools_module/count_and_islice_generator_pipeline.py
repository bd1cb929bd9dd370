# a lazy pipeline: squares of count() filtered and sliced; only the needed items are ever made
import itertools
made = []
def squares():
    for n in itertools.count(1):
        made.append(n)
        yield n * n
evens = (s for s in squares() if s % 2 == 0)
print(list(itertools.islice(evens, 3)), made)
