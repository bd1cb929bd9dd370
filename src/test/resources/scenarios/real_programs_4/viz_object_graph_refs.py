import sys

class Course:
    def __init__(self, code):
        self.code = code
        self.roster = []

    def __repr__(self):
        return f"{self.code}{sorted(s.name for s in self.roster)}"

class Student:
    def __init__(self, name):
        self.name = name
        self.courses = set()

    def enroll(self, course):
        if course not in self.courses:
            self.courses.add(course)
            course.roster.append(self)

    def drop(self, course):
        self.courses.discard(course)
        course.roster.remove(self)

algo, os_ = Course("CS201"), Course("CS310")
kim, lee = Student("kim"), Student("lee")
print(sys.getrefcount(algo), sys.getrefcount(kim))
kim.enroll(algo); kim.enroll(os_); lee.enroll(algo); kim.enroll(algo)
print(algo, os_)
print(sys.getrefcount(algo), sys.getrefcount(kim), sys.getrefcount(lee))
by_code = {c.code: c for c in (algo, os_)}
print(sys.getrefcount(algo))
kim.drop(algo)
print(algo, sorted(c.code for c in kim.courses), sys.getrefcount(kim))
del by_code
print(sys.getrefcount(algo), sys.getrefcount(os_))
