# A shallow copy of enumerate, zip or map shares the inner iterators: both advance them.
import copy, sys

letters = iter('abcdef')
numbered = enumerate(letters)
numbered_twin = copy.copy(numbered)
print(next(numbered), next(numbered_twin), next(numbered), sys.getrefcount(letters))
print(list(numbered_twin))

a = iter([1, 2, 3, 4])
b = iter([10, 20, 30, 40])
pairs = zip(a, b)
pairs_twin = copy.copy(pairs)
print(next(pairs), next(pairs_twin), next(a), list(pairs))

words = ['pear', 'fig', 'apple']
sizes = map(len, words)
sizes_twin = copy.copy(sizes)
print(list(sizes), list(sizes_twin))

def countdown(n):
    while n:
        yield n
        n -= 1

gen = countdown(3)
tagged = enumerate(gen)
tagged_twin = copy.copy(tagged)
print(next(tagged), next(tagged_twin))
try:
    copy.deepcopy(tagged)
except TypeError as e:
    print("TypeError:", e)

spent = iter([1])
next(spent, None)
next(spent, None)
print(list(copy.copy(spent)), type(copy.copy(spent)).__name__)
spent_t = iter((1,))
list(spent_t)
print(type(copy.copy(spent_t)).__name__, type(copy.copy(iter(''))).__name__)
r = reversed([1, 2])
list(r)
print(type(copy.copy(r)).__name__)

s = {3, 1, 2}
si = iter(s)
next(si)
sc = copy.copy(si)
print(type(sc).__name__, sorted(sc) == sorted(si))

d = {'a': 1, 'b': 2}
di = iter(d)
next(di)
d['c'] = 3
try:
    copy.copy(di)
except RuntimeError as e:
    print("RuntimeError:", e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return self.n - i

rv = reversed(Countdown(4))
next(rv)
rv_copy = copy.copy(rv)
print(type(rv_copy).__name__, list(rv_copy), list(rv))
rng = iter(range(10, 0, -3))
next(rng)
print(list(copy.deepcopy(rng)), list(rng))
