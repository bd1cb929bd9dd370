# A list that only accepts numbers, built on collections.UserList.
import sys
import copy
from collections import UserList


class NumberList(UserList):
    def _check(self, item):
        if not isinstance(item, (int, float)):
            raise TypeError(f"only numbers allowed, not {type(item).__name__}")
        return item

    def append(self, item):
        super().append(self._check(item))

    def insert(self, index, item):
        super().insert(index, self._check(item))

    def __setitem__(self, index, item):
        super().__setitem__(index, self._check(item))


scores = NumberList([3, 1, 2])
scores.append(10)
scores.insert(0, 7)
scores[1] = 4.5
print(scores, len(scores), 2 in scores, 99 in scores)
try:
    scores.append("eleven")
except TypeError as e:
    print("refused:", e)
scores.extend([5, 6])
print(scores, scores.data, type(scores.data))
print(scores[1:3], type(scores[1:3]).__name__, scores[-1])
scores.sort()
print(scores, scores.index(5), scores.count(5))
scores.reverse()
print(scores, scores.pop(), scores.pop(0), scores)
scores.remove(4.5)
print(scores, [x * 2 for x in scores])
print(scores == [3, 2, 1] or scores == scores.data, scores < [100], scores + [1], [0] + scores)
print(scores * 2, 2 * scores)
both = scores.copy()
print(type(both).__name__, both, both == scores, both is scores, both.data is scores.data)
shallow = copy.copy(scores)
print(type(shallow).__name__, shallow, shallow.data is scores.data)
scores += (8, 9)
print(scores)
scores *= 2
print(scores, len(scores))
print(sys.getrefcount(scores), sys.getrefcount(scores.data))
print(list(reversed(scores)))
for n in NumberList(range(3)):
    print("item", n)
plain = UserList("abc")
print(plain, repr(plain), plain.copy(), plain[0], plain == UserList(["a", "b", "c"]))
plain.clear()
print(plain, bool(plain), len(plain))
try:
    scores[100]
except IndexError as e:
    print("IndexError", e)
try:
    hash(plain)
except TypeError as e:
    print(e)
print(UserList.__mro__)
