class Describe:
    def __get__(self, obj, owner):
        if obj is None:
            return f"<field of {owner.__name__}>"
        return f"value for {type(obj).__name__}"


class Base:
    field = Describe()


class Child(Base):
    pass


print(Base.field)
print(Child.field)
print(Base().field)
print(Child().field)
print(getattr(Child, "field"))
print(hasattr(Child(), "field"))
print(vars(Base()).get("field"))
