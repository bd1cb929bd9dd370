from enum import Flag, auto

class Feature(Flag):
    LOGIN = auto()
    SEARCH = auto()
    EXPORT = auto()

    def enabled(self, other):
        return other in self

    @classmethod
    def all(cls):
        result = cls(0)
        for f in cls:
            result = result | f
        return result

plan = Feature.LOGIN | Feature.EXPORT
print(plan.enabled(Feature.EXPORT), plan.enabled(Feature.SEARCH))
print(Feature.all())
print([f.name for f in plan])
