from collections import Counter

cnt = Counter()
for word in ["red", "blue", "red", "green", "blue", "blue"]:
    cnt[word] += 1
print(cnt)
c = Counter("gallahad")
print(c.most_common(2), c["z"])
c = Counter(a=4, b=2, c=0, d=-2)
print(sorted(c.elements()))
d = Counter(a=1, b=2, c=3, d=4)
c.subtract(d)
print(c)
print(c.total())
c = Counter(a=3, b=1)
d = Counter(a=1, b=2)
print(c + d, c - d, c & d, c | d)
print(+Counter(a=2, b=-4), -Counter(a=2, b=-4))
print(Counter("abracadabra").most_common()[:-3:-1])
inventory = Counter(apples=3, pears=0)
inventory.update(apples=2, kiwis=1)
print(inventory, list(inventory))
del inventory["pears"]
print(dict(inventory), sum(inventory.values()))
print(Counter("aab") == Counter("aba"), Counter(a=1) <= Counter(a=2))
