import functools

class AppError(Exception):
    """Base class for this app's errors."""

class NetworkError(AppError):
    def __init__(self, host, attempt):
        super().__init__(host, attempt)
        self.host, self.attempt = host, attempt

    def __str__(self):
        return f"cannot reach {self.host} (attempt {self.attempt})"

class TimeoutError_(NetworkError):
    pass

class ValidationError(AppError):
    pass

def retry(times, on=(NetworkError,)):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    result = func(*args, attempt=attempt, **kwargs)
                except on as e:
                    print(f"  attempt {attempt} failed: {type(e).__name__}: {e}")
                    last = e
                else:
                    print(f"  attempt {attempt} ok")
                    return result
            raise AppError(f"gave up after {times} attempts") from last
        return wrapper
    return decorate

@retry(times=4)
def fetch(host, fail_until=2, attempt=0):
    if attempt <= fail_until:
        if attempt % 2:
            raise TimeoutError_(host, attempt)
        raise NetworkError(host, attempt)
    return f"data from {host}"

print(fetch("example.org"))
try:
    fetch("down.example", fail_until=9)
except AppError as e:
    print("AppError:", e)
    print("  cause:", repr(e.__cause__), type(e.__cause__).__mro__[1].__name__)

@retry(times=3)
def save(record, attempt=0):
    if "id" not in record:
        raise ValidationError("record has no id")
    return record["id"]

try:
    save({"name": "x"})
except AppError as e:
    print(type(e).__name__, e, isinstance(e, ValidationError))
print(save({"id": 42}))
print(fetch.__name__, fetch.__wrapped__.__name__)

def parse_all(values):
    ok, errors = [], []
    for v in values:
        try:
            n = int(v)
            if n < 0:
                raise ValidationError(f"{n} is negative")
        except ValueError as e:
            errors.append(f"ValueError: {e}")
        except AppError as e:
            errors.append(f"{type(e).__name__}: {e}")
        else:
            ok.append(n)
        finally:
            pass
    return ok, errors

ok, errors = parse_all(["1", "x", "-3", "12", "4.5"])
print(ok)
print(*errors, sep="\n")
print(issubclass(TimeoutError_, AppError), TimeoutError_.__mro__)
