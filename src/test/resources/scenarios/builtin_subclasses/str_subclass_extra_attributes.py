# A string that remembers where it came from.
import sys, gc


class SourceLine(str):
    def __new__(cls, text, number):
        self = super().__new__(cls, text)
        self.number = number
        return self

    def describe(self):
        return f"line {self.number}: {self}"


lines = [SourceLine(text, i + 1) for i, text in enumerate(["import os", "print(os.name)"])]
for line in lines:
    print(line.describe(), len(line))
first = lines[0]
print(first.number, first.__dict__, sys.getsizeof(first))
print(first.startswith("import"), first.split()[1], type(first.split()[1]).__name__)
print(sys.getrefcount(first), gc.is_tracked(first))
del lines
print(sys.getrefcount(first))
