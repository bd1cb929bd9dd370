# A Counter, like any dict, cannot be a dict key or set member.
from collections import Counter
c = Counter("ab")
print(c, dict(c))
s = {1}
s.add(c)
