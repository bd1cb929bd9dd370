people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
import operator
print(sorted(people, key=operator.itemgetter(1, 0)))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [5, 2, 9, 1]
nums.sort()
print(nums, min(nums), max(nums, key=lambda n: -n))
class Card:
    def __init__(self, rank):
        self.rank = rank
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return f"Card({self.rank})"
print(sorted([Card(3), Card(1), Card(2)]))
