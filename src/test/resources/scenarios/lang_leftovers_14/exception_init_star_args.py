# Exception subclasses that forward *args to BaseException: the tuple CALL_FUNCTION_EX hands over
# becomes e.args itself, so the counts show one tuple fewer than a packed call would make.
import gc


class AppError(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.logged = False


class Retryable(AppError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


class Wrapped(Exception):
    def __init__(self, *args):
        Exception.__init__(self, *args)


def attempt(kind, n):
    raise kind("attempt", n)


gc.collect()
for kind in (AppError, Retryable, Wrapped):
    gc.collect()
    try:
        attempt(kind, 3)
    except Exception as exc:
        print(kind.__name__, exc.args, gc.get_count())

gc.collect()
errors = [AppError(i) for i in range(4)]
print(len(errors), errors[2].args, gc.get_count())
