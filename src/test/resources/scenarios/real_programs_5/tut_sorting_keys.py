from operator import itemgetter, attrgetter

students = [
    {"name": "Zoe", "grade": 88, "age": 20},
    {"name": "adam", "grade": 92, "age": 22},
    {"name": "Bella", "grade": 88, "age": 19},
    {"name": "carl", "grade": 75, "age": 22},
    {"name": "Dana", "grade": 92, "age": 21},
]

print([s["name"] for s in sorted(students, key=itemgetter("name"))])
print([s["name"] for s in sorted(students, key=lambda s: s["name"].lower())])
print([s["name"] for s in sorted(students, key=itemgetter("grade", "age"))])
print([(s["name"], s["grade"]) for s in sorted(students, key=lambda s: (-s["grade"], s["name"]))])

by_age = sorted(students, key=itemgetter("age"))
by_grade_then_age = sorted(by_age, key=itemgetter("grade"), reverse=True)
print([f"{s['name']}:{s['grade']}/{s['age']}" for s in by_grade_then_age])

class Track:
    def __init__(self, title, minutes, seconds):
        self.title, self.length = title, minutes * 60 + seconds

    def __repr__(self):
        return f"{self.title} ({self.length // 60}:{self.length % 60:02})"

album = [Track("Intro", 1, 5), Track("Storm", 4, 40), Track("Calm", 3, 2), Track("Outro", 1, 5)]
print(sorted(album, key=attrgetter("length")))
print(sorted(album, key=attrgetter("length", "title"), reverse=True))
print(max(album, key=attrgetter("length")), min(album, key=lambda t: t.title))

words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower(), w)))
nums = [3, -7, 2, -1, 8, -5]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, n)))
pairs = [(1, "b"), (3, "a"), (2, "b"), (1, "a")]
pairs.sort(key=itemgetter(1))
print(pairs)
pairs.sort()
print(pairs)
versions = ["1.10.0", "1.2.9", "1.2.10", "0.9"]
print(sorted(versions), sorted(versions, key=lambda v: tuple(map(int, v.split(".")))))
