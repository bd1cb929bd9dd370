# MATCH_CLASS fetches every attribute (properties run) before any sub-pattern is tried; a missing attribute means no match.
class Temp:
    __match_args__ = ("celsius", "label")
    def __init__(self, c):
        self.c = c
    @property
    def celsius(self):
        print("celsius read")
        return self.c
    @property
    def label(self):
        print("label read")
        return "hot" if self.c > 30 else "mild"
match Temp(35):
    case Temp(0, _):
        print("freezing")
    case Temp(c, "hot"):
        print("hot at", c)
match Temp(10):
    case Temp(missing=1):
        print("no")
    case Temp(label=l):
        print("label", l)
