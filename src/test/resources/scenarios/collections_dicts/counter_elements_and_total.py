# elements() repeats each key by its count (skipping counts below one); total() adds the counts.
from collections import Counter
c = Counter(a=3, b=1, c=0, d=-2)
print(sorted(c.elements()), list(Counter("abcab").elements()))
print(c.total(), sum(c.values()))
