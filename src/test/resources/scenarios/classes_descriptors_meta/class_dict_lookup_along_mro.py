class Base:
    greeting = "hello"

    def describe(self):
        return "base"


class Middle(Base):
    def describe(self):
        return "middle"


class Leaf(Middle):
    greeting = "hi"


def defined_in(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__name__
    return None


for name in ("greeting", "describe", "missing", "__init__", "__module__"):
    print(name, defined_in(Leaf, name))
print(Leaf.__dict__.get("greeting"), Middle.__dict__.get("greeting", "-"))
print("describe" in Middle.__dict__, "describe" not in Leaf.__dict__)
