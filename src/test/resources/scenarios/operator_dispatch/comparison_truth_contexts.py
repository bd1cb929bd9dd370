# A comparison's own object is the value of a < b; only if/not/and/or and a chain's middle test its truth.
class Verdict:
    def __init__(self, ok, why):
        self.ok, self.why = ok, why

    def __bool__(self):
        print(f"  truth of {self.why!r} asked")
        return self.ok

    def __repr__(self):
        return f"Verdict({self.ok}, {self.why!r})"


class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __lt__(self, other):
        return self.judge(other, self.parts < other.parts)

    def __ge__(self, other):
        return self.judge(other, self.parts >= other.parts)

    def judge(self, other, ok):
        return Verdict(ok, f"{self.parts} vs {other.parts}")


old, new, newest = Version(1, 2), Version(1, 10), Version(2, 0)
print(old < new)
if old < new:
    print("upgrade")
print(not (new < old))
print((old < new) or "never printed")
print(old < new < newest)
print(newest < new < old)
print(new >= old)
print(sorted([newest, old, new], key=lambda v: v.parts)[0].parts)
