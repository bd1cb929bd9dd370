import functools


class CountCalls:
    """Wraps a function in an object that tallies how often it ran."""

    calls = 0

    def __init__(self, func):
        self.func = func
        functools.update_wrapper(self, func)

    def __call__(self, *args, **kwargs):
        result = self.func(*args, **kwargs)
        self.calls = self.calls + 1
        return result

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return functools.partial(self.__call__, instance)


class Retry:
    def __init__(self, times, exceptions=(Exception,)):
        self.times = times
        self.exceptions = exceptions

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, self.times + 1):
                try:
                    return func(*args, **kwargs)
                except self.exceptions as e:
                    print(f"  attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"{func.__name__} failed {self.times} times")
        return wrapper


@CountCalls
def greet(name, punctuation="!"):
    """Say hello."""
    return f"Hello, {name}{punctuation}"


class Robot:
    def __init__(self, name):
        self.name = name

    @CountCalls
    def beep(self, times=1):
        return f"{self.name}: " + "beep " * times


flaky_state = {"n": 0}


@Retry(3, exceptions=(ConnectionError,))
def fetch():
    flaky_state["n"] += 1
    if flaky_state["n"] < 3:
        raise ConnectionError(f"timeout #{flaky_state['n']}")
    return "payload"


@Retry(2)
def always_fails():
    raise ValueError("nope")


print(greet("Ada"), greet("Bob", punctuation="?"), greet.calls, greet.__name__, greet.__doc__)
r1, r2 = Robot("R2"), Robot("C3")
print(r1.beep(), r2.beep(times=2).strip(), Robot.beep.calls, type(Robot.__dict__["beep"]).__name__)
print(fetch(), flaky_state)
try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
print(isinstance(greet, CountCalls), callable(greet), greet.__wrapped__("Zed"), greet.calls)
