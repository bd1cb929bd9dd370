# reverse=True (reversed before and after, so equal keys keep their order) with a logging key's __lt__.
log = []
class Key:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
words = ["w%d" % (i * 17 % 90) for i in range(90)]
out = sorted(words, key=lambda w: Key(len(w) * 100 + int(w[1:]) % 10), reverse=True)
print(out[:12])
print(len(log), log[:20])
