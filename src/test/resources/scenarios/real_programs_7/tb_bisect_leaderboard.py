import bisect

class Leaderboard:
    def __init__(self):
        self._scores = []
        self._names = []

    def add(self, name, score):
        i = bisect.bisect_left(self._scores, -score)
        self._scores.insert(i, -score)
        self._names.insert(i, name)
        return i + 1

    def top(self, n=3):
        return [(name, -s) for name, s in zip(self._names[:n], self._scores[:n])]

    def rank_of(self, score):
        return bisect.bisect_left(self._scores, -score) + 1

board = Leaderboard()
for name, score in [("ada", 310), ("bob", 120), ("cy", 450), ("dee", 310), ("eli", 90)]:
    print(f"{name} enters at rank {board.add(name, score)}")
print(board.top())
print("a score of 300 would rank", board.rank_of(300))
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)], s) for s in (55, 60, 79, 90, 100)])
ages = [18, 25, 40]
bisect.insort(ages, 30)
bisect.insort_right(ages, 25)
print(ages)
