class AppError(Exception):
    code = 500


class NotFound(AppError):
    code = 404


class Vec:
    __slots__ = ("x", "y")


print("code" in AppError.__dict__, NotFound.__dict__["code"])
print("__weakref__" in AppError.__dict__, "__dict__" in AppError.__dict__, "__weakref__" in NotFound.__dict__)
print("x" in Vec.__dict__, "y" in Vec.__dict__, "__dict__" in Vec.__dict__, "__weakref__" in Vec.__dict__)
print(Vec.__dict__["__slots__"], AppError.__dict__["__doc__"])
