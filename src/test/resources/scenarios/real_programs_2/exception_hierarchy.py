class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
def find(d, k):
    if k not in d:
        raise NotFound(f"{k} not found", 404)
    return d[k]
for key in ["a", "b"]:
    try:
        print(find({"a": 1}, key))
    except AppError as e:
        print(type(e).__name__, e, e.code, e.args)
    else:
        print("no error")
    finally:
        print("done", key)
try:
    raise NotFound("x", 1)
except (KeyError, AppError) as e:
    print(isinstance(e, Exception), NotFound.__mro__[1].__name__)
errors = []
for v in ["1", "x", None]:
    try:
        errors.append(int(v))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
