class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class AgeError(ValidationError):
    pass

def validate(person):
    if not person.get("name"):
        raise ValidationError("name", "must not be empty")
    age = person.get("age")
    if not isinstance(age, int):
        raise AgeError("age", f"expected int, got {type(age).__name__}")
    if age < 0:
        raise AgeError("age", "must be non-negative")
    return True

people = [
    {"name": "Ann", "age": 31},
    {"name": "", "age": 4},
    {"name": "Bo", "age": "ten"},
    {"name": "Cy", "age": -1},
]
for p in people:
    try:
        validate(p)
    except AgeError as e:
        print("AgeError", e.field, e)
    except ValidationError as e:
        print("ValidationError", e.args)
    else:
        print("ok", p["name"])
    finally:
        print("checked", repr(p["name"]))

def parse_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise ValidationError("input", repr(s)) from e

try:
    parse_int("x1")
except ValidationError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
print(issubclass(AgeError, Exception), AgeError.__mro__[1].__name__)
try:
    raise KeyError("missing")
except LookupError as e:
    print(repr(e), str(e))
