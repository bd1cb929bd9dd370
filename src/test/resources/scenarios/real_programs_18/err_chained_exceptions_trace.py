# Wrapping low-level errors in a program's own exceptions: raise ... from ...
class ConfigError(Exception):
    pass

def read_setting(settings, key):
    try:
        return int(settings[key])
    except KeyError as e:
        raise ConfigError(f"missing setting {key}") from e
    except ValueError:
        raise ConfigError(f"setting {key} is not a number")

settings = {"port": "8080", "workers": "many"}
for key in ["port", "workers", "timeout"]:
    try:
        print(key, read_setting(settings, key))
    except ConfigError as e:
        cause = e.__cause__
        context = e.__context__
        print(f"{key}: {e} | cause={type(cause).__name__ if cause else None} "
              f"context={type(context).__name__ if context else None} suppress={e.__suppress_context__}")

def quiet():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("bad value") from None

try:
    quiet()
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

def cleanup_fails():
    try:
        raise KeyError("original")
    finally:
        print("cleaning up")

try:
    cleanup_fails()
except KeyError as e:
    print("still KeyError:", e)
read_setting(settings, "workers")
