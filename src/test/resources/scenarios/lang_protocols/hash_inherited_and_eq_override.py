# A subclass inherits __hash__, unless it defines __eq__ itself (then its __hash__ is None again).
class Base:
    def __hash__(self):
        return 7

class Child(Base):
    pass

class Strict(Base):
    def __eq__(self, other):
        return True

print(hash(Child()), Child.__hash__ is Base.__hash__)
print(Strict.__hash__)
try:
    {Strict()}
except TypeError as e:
    print("TypeError:", e)

class Restored(Strict):
    __hash__ = Base.__hash__

print(hash(Restored()), len({Restored(), Restored()}))
