# Catching a user base class catches its subclasses; isinstance and issubclass follow the MRO.
class AppError(Exception):
    pass
class DbError(AppError):
    pass
class NetError(AppError):
    pass
def fail(kind):
    raise kind("from " + kind.__name__)
for kind in (DbError, NetError, AppError):
    try:
        fail(kind)
    except AppError as e:
        print("AppError caught", type(e).__name__, e, isinstance(e, Exception))
print(issubclass(DbError, AppError), issubclass(AppError, DbError))
