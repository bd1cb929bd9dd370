import array
import sys

a = array.array('i', [3, 1, 2])
m = memoryview(a)
print(type(a), type(m))
print(a == m, m == a, b'ab' == memoryview(b'ab'), [3, 1, 2] == m, a != m)
print(list(reversed(a)), list(enumerate(a)), f"{a}", min(a), sum(m), sorted(m))
print('tolist' in dir(a), 'release' in dir(m))
holder = [a, m]
print(sys.getrefcount(a))
print(a * 0, sys.getsizeof(a * 0), 2 * a)
