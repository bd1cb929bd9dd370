import sys, copy
from collections import deque
def s(x): return sys.getsizeof(x)
base = list(range(10))
out = []
a = list(base); a += (1, 2, 3); out.append(s(a))
a = list(base); a += a; out.append(s(a))
a = list(base); a.extend(range(25)); out.append(s(a))
a = list(base); a.extend(x for x in range(25)); out.append(s(a))
a = list(base); a.extend({i: i for i in range(25)}); out.append(s(a))
a = list(base); a.extend(set(range(25))); out.append(s(a))
a = list(base); a.extend("abcdefghijklmnopqrstuvwxy"); out.append(s(a))
a = list(base); a.extend(deque(range(25))); out.append(s(a))
a = list(base); a.extend(iter(range(25))); out.append(s(a))
a = list(base); a.extend(map(abs, range(25))); out.append(s(a))
a = list(base); a.extend(zip(range(25), range(25))); out.append(s(a))
a = list(base); a.extend(enumerate(range(25))); out.append(s(a))
print(out); out = []
a = list(base); a.__init__(range(3)); out.append(s(a))
a = list(base); a.__init__(range(30)); out.append(s(a))
out += [s(base.copy()), s(base[:]), s(base[::2]), s(copy.copy(base)), s(list(base)), s(list(tuple(base)))]
a = list(base); del a[::2]; out.append(s(a))
a = list(base); a.sort(); a.reverse(); out.append(s(a))
a = list(range(50)); [a.pop() for _ in range(40)]; out.append(s(a))
a = list(range(50)); del a[5:]; out.append(s(a))
a = list(range(50)); a[5:] = []; out.append(s(a))
a = list(range(50)); a[::5] = range(10); out.append(s(a))
a = [None] * 3; a[1:2] = [1, 2, 3, 4, 5, 6, 7, 8]; out.append(s(a))
a = []; a[:] = range(10); out.append(s(a))
a = [1]; a[0:0] = [2]; out.append(s(a))
a = list(range(4)); a.insert(2, 9); out.append(s(a))
print(out); out = []
out += [s([x for x in range(n)]) for n in (0, 1, 4, 5, 8, 9, 17, 100)]
out += [s(list(range(n))) for n in (0, 1, 4, 5, 8, 9, 17, 100)]
out += [s(sorted(range(n))) for n in (0, 1, 4, 5)]
out += [s(str(n).split()) for n in range(3)] + [s("a b c d e".split()), s("a,b,c".split(","))]
out += [s(list("hello")), s(list(b"hi")), s(list({1: 2})), s(list(dict.fromkeys(range(9)).items()))]
print(out)
