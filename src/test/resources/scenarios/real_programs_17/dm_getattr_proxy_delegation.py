# Delegation with __getattr__: a logging proxy, a read-only view, and defaults for missing settings.
import sys


class LoggingProxy:
    def __init__(self, target, name):
        self._target = target
        self._name = name
        self._calls = []

    def __getattr__(self, attr):
        value = getattr(self._target, attr)
        if callable(value):
            def wrapper(*args, **kwargs):
                self._calls.append(attr)
                result = value(*args, **kwargs)
                print(f"{self._name}.{attr}{args} -> {result!r}")
                return result
            return wrapper
        print(f"{self._name}.{attr} read")
        return value

    def __len__(self):
        return len(self._target)

    def __repr__(self):
        return f"LoggingProxy({self._target!r})"


stack = LoggingProxy([], "stack")
stack.append(1)
stack.append(2)
stack.extend([3, 4])
stack.pop()
print(len(stack), stack, stack._calls)
print(stack.count(2), stack.index(1))
try:
    stack.push(5)
except AttributeError as e:
    print("AttributeError:", e)

word = LoggingProxy("hello world", "text")
print(word.title(), word.split())
print(word.__class__.__name__, isinstance(word, str))


class ReadOnly:
    __slots__ = ("_data",)

    def __init__(self, data):
        object.__setattr__(self, "_data", data)

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

    def __setattr__(self, name, value):
        raise AttributeError(f"settings are read-only (tried {name}={value!r})")


settings = ReadOnly({"debug": True, "level": 3})
print(settings.debug, settings.level, getattr(settings, "colour", "blue"), hasattr(settings, "nope"))
try:
    settings.level = 4
except AttributeError as e:
    print(e)
try:
    settings.missing
except AttributeError as e:
    print(e, e.__suppress_context__)


class Defaults:
    fallback = {"timeout": 30, "retries": 3}

    def __init__(self, **given):
        self.__dict__.update(given)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        print(f"  (default for {name})")
        return self.fallback.get(name)

cfg = Defaults(timeout=5)
print(cfg.timeout, cfg.retries, cfg.host, vars(cfg))
print(sys.getrefcount(cfg.fallback))


class Chain:
    def __init__(self, *maps):
        self.maps = maps

    def __getattr__(self, name):
        for m in self.maps:
            if name in m:
                return m[name]
        raise AttributeError(name)

c = Chain({"a": 1}, {"a": 2, "b": 3})
print(c.a, c.b)
c.b = 99
print(c.b, c.__dict__.keys())
print(c.zzz)
