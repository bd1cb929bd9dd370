class Base:
    def __init_subclass__(cls, /, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
        print("Base hook", cls.__name__, repr(prefix))


class Middle(Base, prefix="mid"):
    def __init_subclass__(cls, /, suffix="", **kwargs):
        print("Middle hook", cls.__name__, repr(suffix), kwargs)
        super().__init_subclass__(**kwargs)
        cls.suffix = suffix


class Leaf(Middle, prefix="<", suffix=">"):
    def show(self, text):
        return self.prefix + text + self.suffix


class Other(Middle, suffix="!"):
    pass


print(Leaf().show("leaf"))
print(repr(Other.prefix), Other.suffix)
print(Middle.prefix, hasattr(Middle, "suffix"))
