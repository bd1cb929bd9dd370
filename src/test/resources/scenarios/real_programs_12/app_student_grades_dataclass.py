from dataclasses import dataclass, field
from statistics import mean, median


@dataclass(order=True)
class Student:
    sort_key: float = field(init=False, repr=False)
    name: str
    scores: list = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = -self.average if self.scores else 0

    @property
    def average(self):
        return mean(self.scores)

    @property
    def letter(self):
        avg = self.average
        for cutoff, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
            if avg >= cutoff:
                return letter
        return "F"


students = [
    Student("Ada", [95, 88, 92]),
    Student("Bo", [72, 65, 80]),
    Student("Cleo", [88, 91, 79]),
    Student("Dev", [55, 62, 58]),
]
for rank, s in enumerate(sorted(students), 1):
    print(f"{rank}. {s.name:<5} {s.average:6.2f} {s.letter}")
all_scores = [x for s in students for x in s.scores]
print("class median:", median(all_scores), "mean: %.3f" % mean(all_scores))
print(students[0])
print(Student("Eve", [90]) < Student("Fin", [80]))
