class Person:
    def __init__(self, name, age, email):
        self.name = name
        self.age = age
        self.email = email

    @property
    def age(self):
        return self._age

    @age.setter
    def age(self, value):
        if not isinstance(value, int):
            raise TypeError(f"age must be int, not {type(value).__name__}")
        if not 0 <= value <= 150:
            raise ValueError(f"age {value} out of range")
        self._age = value

    @property
    def email(self):
        return self._email

    @email.setter
    def email(self, value):
        if "@" not in value:
            raise ValueError(f"bad email {value!r}")
        self._email = value.lower()

    @property
    def initials(self):
        return "".join(p[0] for p in self.name.split())

p = Person("Grace Brewster Hopper", 85, "Grace@Navy.mil")
print(p.initials, p.age, p.email)
for field, bad in [("age", "85"), ("age", -1), ("email", "nope"), ("initials", "GH")]:
    try:
        setattr(p, field, bad)
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, "-", e)
print(sorted(vars(p)))
