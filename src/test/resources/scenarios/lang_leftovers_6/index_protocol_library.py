# Library functions that read an integer argument with PyNumber_Index accept __index__ too:
# math, itertools, random with a seed, deque and bytes indexes; Lib code that compares n
# (Counter.most_common, heapq.nlargest) raises the comparison's TypeError instead.
import heapq
import itertools
import math
import random
from collections import Counter, deque


class K:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(math.factorial(K(5)), math.comb(K(6), K(2)), math.isqrt(K(50)), math.gcd(K(12), K(18)))
print(list(itertools.islice("abcdefg", K(1), K(6), K(2))), list(itertools.repeat("z", K(3))))
print(list(itertools.combinations("abc", K(2))), list(itertools.product("ab", repeat=K(2))))
rng = random.Random(7)
print(rng.randrange(K(100)), rng.randrange(K(10), K(20)))
d = deque("xyz")
print(d[K(1)], b"hey"[K(0)], bytearray(b"abc")[K(-1)])
print([1, 2, 3].pop(K(0)), "a,b,c".split(",", K(1)), "ab".center(K(6), "*"), "x".zfill(K(3)))
words = [3, 1, 2]
words.insert(K(1), 9)
print(words, words.index(2, K(2)))
try:
    Counter("aab").most_common(K(1))
except TypeError as e:
    print("TypeError", e)
try:
    heapq.nlargest(K(2), [5, 1, 4])
except TypeError as e:
    print("TypeError", e)
print(heapq.nsmallest(2, [5, 1, 4]))
