import sys


class Reading:
    def __init__(self, value):
        self.value = value

    def __str__(self):
        print("formatting", self.value)
        return "reading=" + str(self.value)


r = Reading(7)
print(r, Reading(8), sep=" | ", file=sys.stderr)
print(sys.getrefcount(r))
