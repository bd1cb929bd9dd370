import gc
import statistics
from collections import defaultdict


class GradeBook:
    def __init__(self):
        self._grades = defaultdict(list)

    def add(self, student, *scores):
        self._grades[student].extend(scores)

    def average(self, student):
        scores = self._grades[student]
        return sum(scores) / len(scores) if scores else 0.0

    @staticmethod
    def letter(avg):
        for cutoff, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
            if avg >= cutoff:
                return letter
        return "F"

    def report(self):
        rows = sorted(self._grades, key=lambda s: (-self.average(s), s))
        for rank, name in enumerate(rows, start=1):
            avg = self.average(name)
            print(f"{rank}. {name.title():<8} {avg:6.2f} {self.letter(avg)} {self._grades[name]}")


gc.collect()
book = GradeBook()
book.add("maya", 91, 88, 95)
book.add("leo", 72, 65)
book.add("ivy", 85, 85, 90, 78)
book.add("sam")
book.add("leo", 80)
book.report()
all_scores = [s for scores in book._grades.values() for s in scores]
print("median:", statistics.median(all_scores), "mean:", round(statistics.mean(all_scores), 3))
print("best per student:", {k: max(v, default=None) for k, v in book._grades.items()})
print("collected:", gc.collect())
