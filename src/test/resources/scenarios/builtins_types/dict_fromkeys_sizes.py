# dict.fromkeys of a dict or set presizes once; other iterables grow by insertion
import sys
print([sys.getsizeof(dict.fromkeys(list(range(n)))) for n in range(0, 12)])
print([sys.getsizeof(dict.fromkeys(set(range(n)))) for n in range(0, 12)])
print([sys.getsizeof(dict.fromkeys({i: 0 for i in range(n)})) for n in range(0, 12)])
