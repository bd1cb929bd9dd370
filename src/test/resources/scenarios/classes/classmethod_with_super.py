# A classmethod can call the base classmethod with super(); cls stays the subclass.
class Base:
    @classmethod
    def describe(cls):
        return "Base describe for " + cls.label
    label = "base"
class Child(Base):
    label = "child"
    @classmethod
    def describe(cls):
        return "Child then " + super().describe()
print(Child.describe(), Child().describe(), Base.describe())
