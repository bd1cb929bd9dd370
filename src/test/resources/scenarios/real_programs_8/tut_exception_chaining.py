class ConfigError(Exception):
    def __init__(self, key, message):
        super().__init__(f"{key}: {message}")
        self.key = key

def parse_port(text):
    try:
        port = int(text)
    except ValueError as exc:
        raise ConfigError("port", "not a number") from exc
    if not 0 < port < 65536:
        raise ConfigError("port", "out of range")
    return port

for raw in ["8080", "http", "70000"]:
    try:
        print("port", parse_port(raw))
    except ConfigError as err:
        cause = err.__cause__
        print("error:", err, "| key:", err.key, "| cause:", type(cause).__name__ if cause else None)
        print("  suppress:", err.__suppress_context__, "context:", type(err.__context__).__name__)

def cleanup():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")

try:
    cleanup()
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise RuntimeError("outer") from None
except RuntimeError as e:
    print(e, e.__suppress_context__, repr(e.__context__), e.__cause__)
print(ConfigError.__mro__[1].__name__, issubclass(ConfigError, BaseException))
