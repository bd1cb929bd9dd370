from operator import itemgetter, attrgetter

students = [("john", "A", 15), ("jane", "B", 12), ("dave", "B", 10), ("anna", "A", 12)]
print(sorted(students, key=itemgetter(2)))
print(sorted(students, key=itemgetter(1, 2)))
print(sorted(students, key=lambda s: (-s[2], s[0])))
data = sorted(students, key=itemgetter(0))
data = sorted(data, key=itemgetter(1), reverse=True)
print(data)

class S:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age
    def __repr__(self):
        return repr((self.name, self.grade, self.age))

objs = [S(*t) for t in students]
print(sorted(objs, key=attrgetter("grade", "age")))
words = "The quick Brown fox Jumps over the lazy dog".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(min(words, key=len), max(words, key=lambda w: (len(w), w)))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
print(sorted("banana"), "".join(sorted(set("banana"), reverse=True)))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=itemgetter(1)))
