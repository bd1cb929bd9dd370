# Validate every field, collect all the errors, raise them together, and report each one
class FieldError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

def validate(user):
    errors = []
    if not user.get("name"):
        errors.append(FieldError("name", "is required"))
    if not 0 < user.get("age", 0) < 150:
        errors.append(FieldError("age", "out of range"))
    if "@" not in user.get("email", ""):
        errors.append(FieldError("email", "has no @"))
    if errors:
        raise ExceptionGroup(f"{len(errors)} invalid fields", errors)
    return user

for user in [{"name": "Ada", "age": 36, "email": "ada@x"}, {"name": "", "age": 200, "email": "nope"}]:
    try:
        validate(user)
        print("ok", user["name"])
    except ExceptionGroup as eg:
        print(eg)
        for err in eg.exceptions:
            print(" -", err.field, "|", err)
