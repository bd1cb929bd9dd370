# A subclass of ExceptionGroup keeps its type through split() only if it overrides derive()
class PlainGroup(ExceptionGroup):
    pass

class TaggedGroup(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", len(excs), "exceptions")
        new = TaggedGroup(self.message, excs)
        new.tag = self.tag
        return new

plain = PlainGroup("p", [ValueError(1), TypeError(2)])
print([type(part).__name__ for part in plain.split(ValueError)])
tagged = TaggedGroup("t", [ValueError(1), TypeError(2)])
tagged.tag = "nightly"
m, r = tagged.split(ValueError)
print(type(m).__name__, m.tag, repr(m), type(r).__name__, r.tag)
print(isinstance(tagged, ExceptionGroup), tagged)
try:
    PlainGroup("x", [SystemExit(1)])
except TypeError as e:
    print(e)
