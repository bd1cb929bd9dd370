# A tiny query builder: == on a column builds a condition object instead of answering True/False.
import sys


class Condition:
    def __init__(self, text):
        self.text = text

    def __and__(self, other):
        return Condition(f"({self.text} AND {other.text})")

    def __repr__(self):
        return f"<Condition {self.text}>"


class Column:
    def __init__(self, name):
        self.name = name

    def __eq__(self, value):
        return Condition(f"{self.name} = {value!r}")

    def __ne__(self, value):
        return Condition(f"{self.name} <> {value!r}")

    __hash__ = object.__hash__


age, city = Column("age"), Column("city")
cond = (age == 30) & (city != "Oslo")
print(cond)
print(type(age == 1).__name__, sys.getrefcount(cond))
print("Oslo" == city)
print(age == None)
print([age] == [age], age in [city])
where = [c == v for c, v in [(age, 41), (city, "Rome")]]
print(where)
