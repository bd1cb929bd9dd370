# dict views as sets: keys()/items() with &, |, -, ^ (either side, CPython's result sizes), comparisons with sets; values() has no set operations
import sys
d = {'a': 1, 'b': 2}
e = {'b': 3, 'c': 4}
k = d.keys()
print(sorted(k & e.keys()), sorted(k | e), sorted(k - ['a']), k ^ {'b', 'z'} == {'a', 'z'}, type(k & e).__name__)
print(sys.getsizeof(k & e.keys()), sys.getsizeof(k | e), sys.getsizeof(k - e.keys()))
print(d.items() & {('a', 1)}, {'a', 'q'} & k, sorted(['a', 'x'] - k), sorted({'x'} | k))
print(k == {'a', 'b'}, k < {'a', 'b', 'c'}, d.items() <= {('a', 1), ('b', 2)})
for bad in [lambda: d.values() & e.values(), lambda: k & 5]:
    try:
        bad()
    except TypeError as x:
        print(x)
n = {1: 'x', 2: 'y', 3: 'z'}
m = {2: 'q', 3: 'r', 4: 's'}
print(n.keys() & m.keys(), n.keys() | m.keys(), n.keys() - m.keys(), n.keys() ^ m.keys())
print(sorted(n.items() - {(1, 'x')}), len(n.keys() & m))
print({'a', 'b'} == k, {'a'} < k, {'a', 'b', 'c'} >= k, k != {'a'}, d.values() == d.values(), k == ['a', 'b'])
print(k <= e.keys(), d.items() == {('a', 1), ('b', 2)}, d.keys() == d.keys())
