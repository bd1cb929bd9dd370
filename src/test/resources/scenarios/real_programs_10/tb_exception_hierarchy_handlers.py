class AppError(Exception):
    code = 1
    def __str__(self):
        return f"[{self.code}] {super().__str__()}"

class NotFound(AppError):
    code = 404

class Forbidden(AppError):
    code = 403

class Teapot(AppError):
    code = 418
    def __init__(self, brew):
        super().__init__(f"I'm a teapot ({brew})")
        self.brew = brew

def fetch(path):
    if path.startswith("/admin"):
        raise Forbidden(path)
    if path == "/tea":
        raise Teapot("earl grey")
    if path not in ("/", "/home"):
        raise NotFound(path)
    return f"200 OK {path}"

for path in ["/", "/admin/x", "/nope", "/tea", "/home"]:
    try:
        print(fetch(path))
    except NotFound as e:
        print("not found ->", e)
    except AppError as e:
        print(type(e).__name__, "->", e, e.args, getattr(e, "brew", "-"))

print([c.__name__ for c in Teapot.__mro__])
print(issubclass(NotFound, Exception), isinstance(NotFound("x"), AppError))
try:
    try:
        fetch("/zzz")
    except NotFound as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print(e, "<-", e.__cause__, type(e.__cause__).__name__)
errors = []
for p in ["/a", "/admin", "/tea"]:
    try:
        fetch(p)
    except AppError as e:
        errors.append(e)
print(sorted(e.code for e in errors))
raise Teapot("oolong")
