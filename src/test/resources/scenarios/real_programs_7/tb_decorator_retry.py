import functools

def retry(times, exceptions=(Exception,)):
    """Call the function again when it raises one of `exceptions`, at most `times` times."""
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            attempt = 0
            while (attempt := attempt + 1) <= times:
                try:
                    result = func(*args, **kwargs)
                    print(f"  {func.__name__} succeeded on attempt {attempt}")
                    return result
                except exceptions as e:
                    last = e
                    print(f"  attempt {attempt} failed: {type(e).__name__}: {e}")
            raise RuntimeError(f"{func.__name__} gave up after {times} attempts") from last
        return wrapper
    return decorator

class FlakyServer:
    def __init__(self, failures):
        self.failures = failures

    @retry(3, exceptions=(ConnectionError,))
    def fetch(self, path):
        if self.failures:
            self.failures -= 1
            raise ConnectionError(f"timeout on {path}")
        return f"200 OK {path}"

print(FlakyServer(2).fetch("/index"))
try:
    FlakyServer(5).fetch("/data")
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
print(FlakyServer.fetch.__name__, FlakyServer.fetch.__wrapped__.__name__)
