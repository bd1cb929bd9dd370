# Random inputs of 64 to 255 items, few and many distinct values: a checksum of the comparison log.
import random
log = []
class K:
    def __init__(self, v, i):
        self.v = v
        self.i = i
    def __lt__(self, other):
        log.append((self.i, other.i))
        return self.v < other.v
random.seed(5)
for n in (64, 77, 128, 255):
    for top in (3, 1000):
        log.clear()
        items = [K(random.randint(0, top), i) for i in range(n)]
        out = sorted(items)
        h = 0
        for a, b in log:
            h = (h * 1000003 + a * 4099 + b) % 1000000007
        print(n, top, len(log), h, [k.i for k in out[:6]])
