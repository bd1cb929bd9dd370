# Counter.most_common(n) is heapq.nlargest over the items view keyed on the count: after gc.collect() it leaves the objects nlargest makes
import heapq
import gc
from collections import Counter

words = "the cat and the dog and the bird saw the cat".split()
tally = Counter(words)
letters = Counter("mississippi")
gc.collect()
print(tally.most_common(2), gc.get_count())
gc.collect()
print(tally.most_common(1), gc.get_count())
gc.collect()
print(letters.most_common(4), gc.get_count())
gc.collect()
print(letters.most_common(10), gc.get_count())
gc.collect()
print(letters.most_common(0), gc.get_count())
gc.collect()
top = tally.most_common(3)
print(top, gc.get_count(), len(top))
gc.collect()
print(letters.most_common(), gc.get_count())
gc.collect()
print(letters.most_common(n=2), gc.get_count())
for word, count in tally.most_common(2):
    print(word, count)
try:
    tally.most_common("2")
except TypeError as err:
    print("TypeError:", err)
