class Base:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unused arguments: {sorted(kwargs)}")
        print("Base.__init__")

    def describe(self):
        return ["Base"]

    def save(self):
        print("  Base.save: writing", type(self).__name__)


class Timestamped(Base):
    def __init__(self, *, created="2024-01-01", **kwargs):
        print("Timestamped.__init__ before super")
        super().__init__(**kwargs)
        self.created = created

    def describe(self):
        return ["Timestamped"] + super().describe()

    def save(self):
        print("  Timestamped.save: touch", self.created)
        super().save()


class Validated(Base):
    def __init__(self, *, strict=False, **kwargs):
        print("Validated.__init__ before super")
        super().__init__(**kwargs)
        self.strict = strict

    def describe(self):
        return ["Validated"] + super().describe()

    def save(self):
        print("  Validated.save: strict =", self.strict)
        super().save()


class Document(Timestamped, Validated):
    def __init__(self, title, **kwargs):
        print("Document.__init__ before super")
        super().__init__(**kwargs)
        self.title = title

    def describe(self):
        return ["Document"] + super().describe()

    def save(self):
        print("Document.save", self.title)
        super().save()


print([c.__name__ for c in Document.__mro__])
d = Document("notes", created="2024-05-06", strict=True)
print(d.describe(), vars(d))
d.save()
try:
    Document("bad", colour="red")
except TypeError as e:
    print("TypeError:", e)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who(), super(B, D()).who(), super(C, D()).who())
print([k.__name__ for k in D.mro()])
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
print(isinstance(D(), C), issubclass(D, A), D.__bases__ == (B, C), B.__base__.__name__)
