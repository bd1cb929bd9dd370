class Upper:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "").upper()

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Base:
    title = Upper()

    def describe(self):
        return "Base " + self.title


class Child(Base):
    def describe(self):
        return "Child " + super().describe() + " / " + super().title


c = Child()
c.title = "hello"
print(c.describe())
print(c.title, c.__dict__)
