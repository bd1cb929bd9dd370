# dict.fromkeys of a dict with str keys keeps the compact str-only table
import sys
print([sys.getsizeof(dict.fromkeys({"k%d" % i: 0 for i in range(n)})) for n in range(0, 12)])
print([sys.getsizeof(dict.fromkeys(["k%d" % i for i in range(n)])) for n in range(0, 12)])
