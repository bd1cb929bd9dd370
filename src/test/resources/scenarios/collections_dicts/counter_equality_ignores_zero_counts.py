# Since 3.10 a count of zero equals a missing key when two Counters are compared.
from collections import Counter
print(Counter(a=1) == Counter(a=1, b=0))
print(Counter("aab") == Counter({"a": 2, "b": 1}))
print(Counter(a=1) == {"a": 1}, Counter(a=1, b=0) == {"a": 1})
print(Counter(a=2) != Counter(a=1))
