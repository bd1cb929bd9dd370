# Counter counts hashable items; most_common sorts by count, ties in first-seen order.
from collections import Counter
c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(c["a"], c["z"], len(c))
print(Counter([3, 1, 3, 2, 1, 3]))
