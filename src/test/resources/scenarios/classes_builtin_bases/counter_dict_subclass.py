# A word counter built on dict: __missing__ returns 0, += stores; iteration, sorting and sizes as dict's
import sys
class WordCount(dict):
    def __missing__(self, key):
        return 0
    def top(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
wc = WordCount()
for w in "the cat and the hat and the bat".split():
    wc[w] += 1
print(wc)
print(wc.top(2), len(wc), wc["dog"], "dog" in wc)
print(list(wc), list(wc.values()))
print(sys.getsizeof(wc), sys.getsizeof(dict(wc)))
keys = wc.keys()
print(len(keys), sys.getrefcount(wc))
