class AppError(Exception):
    """Base for this app."""

class ValidationError(AppError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
        super().__init__(f"invalid {field}: {value!r}")

class NotFound(AppError, KeyError):
    pass

def validate(user):
    if not user.get("name"):
        raise ValidationError("name", user.get("name"))
    if not 0 < user.get("age", -1) < 150:
        raise ValidationError("age", user.get("age"))
    return True

users = [{"name": "ann", "age": 30}, {"name": "", "age": 3}, {"name": "bo"}, {"name": "cy", "age": 200}]
for u in users:
    try:
        validate(u)
        print("ok", u["name"])
    except ValidationError as e:
        print(e, "|", e.field, e.args)
    finally:
        pass

db = {"1": "ann"}
def lookup(key):
    try:
        return db[key]
    except KeyError:
        raise NotFound(key)

try:
    lookup("2")
except KeyError as e:
    print(type(e).__name__, e, isinstance(e, AppError), type(e.__context__).__name__)

def risky(n):
    try:
        if n == 0:
            raise ZeroDivisionError("zero")
        return 10 / n
    except ZeroDivisionError:
        print("handled")
        return None
    else:
        print("no error")
    finally:
        print("finally", n)

print(risky(0), risky(4))
print(AppError.__doc__, [c.__name__ for c in NotFound.__mro__])
