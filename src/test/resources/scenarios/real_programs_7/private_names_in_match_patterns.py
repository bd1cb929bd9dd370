import math

class Shape:
    __m = math

    def classify(self, value):
        match value:
            case [__first, *__rest]:
                return f"seq {__first} +{len(__rest)} {sorted(locals())}"
            case {"r": __r, **__others}:
                return f"circle {round(self.__m.pi * __r * __r, 2)} {sorted(__others)}"
            case int() as __n:
                return f"int {__n} {sorted(locals())}"
            case __other:
                return f"other {__other!r}"

s = Shape()
print(s.classify([1, 2, 3]), s.classify({"r": 2, "c": "red"}), s.classify(7), s.classify("x"))
print([n for n in dir(Shape) if n.endswith("__m")])
