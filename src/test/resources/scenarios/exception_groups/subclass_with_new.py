# The documented way to add a field: override __new__ (and derive, so split() keeps the field)
class CodedGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return CodedGroup(self.message, excs, self.code)

g = CodedGroup("request failed", [ValueError("body"), KeyError("header")], 400)
print(repr(g), g.code, g.args)
m, r = g.split(KeyError)
print(type(m).__name__, m.code, repr(m), r.code)
