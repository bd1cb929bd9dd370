import json


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class DictMixin:
    def to_dict(self):
        out = {}
        for key, value in vars(self).items():
            if isinstance(value, DictMixin):
                value = value.to_dict()
            elif isinstance(value, list):
                value = [v.to_dict() if isinstance(v, DictMixin) else v for v in value]
            out[key] = value
        return out


class JSONMixin(DictMixin):
    def to_json(self, **kwargs):
        return json.dumps(self.to_dict(), **kwargs)


class EqualityMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    def __ne__(self, other):
        return not self == other


class Address(ReprMixin, JSONMixin, EqualityMixin):
    def __init__(self, street, city):
        self.street = street
        self.city = city


class Person(ReprMixin, JSONMixin, EqualityMixin):
    def __init__(self, name, age, address, tags=None):
        self.name = name
        self.age = age
        self.address = address
        self.tags = list(tags or [])


class Employee(Person):
    def __init__(self, name, age, address, salary, tags=None):
        super().__init__(name, age, address, tags)
        self.salary = salary


home = Address("12 Elm St", "Springfield")
p = Person("Ana", 31, home, ["admin"])
e = Employee("Ben", 45, Address("9 Oak Ave", "Shelbyville"), 72000)
print(repr(home))
print(repr(p))
print(p.to_json())
print(e.to_json(indent=2, sort_keys=True))
print("mro:", [c.__name__ for c in Employee.__mro__])
print("equal copies:", p == Person("Ana", 31, Address("12 Elm St", "Springfield"), ["admin"]))
print("different:", p != e, p == home)
print("is JSON mixin:", isinstance(e, JSONMixin), isinstance(e, DictMixin), issubclass(Employee, EqualityMixin))
print("hashable?", Person.__hash__ is None)
try:
    {p}
except TypeError as err:
    print("TypeError:", err)
team = [p, e]
print(json.dumps([m.to_dict() for m in team], separators=(",", ":")))
print("who defines to_json:", [c.__name__ for c in Employee.__mro__ if "to_json" in c.__dict__])
print("who defines __eq__:", [c.__name__ for c in Employee.__mro__ if "__eq__" in c.__dict__])
