import gc
import sys

def check_age(raw):
    try:
        return int(raw)
    except ValueError as e:
        e.add_note(f"field 'age' was {raw!r}")
        e.add_note("ages are whole numbers")
        raise

try:
    check_age("ten")
except ValueError as err:
    print(err)
    print(err.__notes__, type(err.__notes__).__name__, sys.getsizeof(err.__notes__))
    print(gc.is_tracked(err.__notes__), err.add_note("third") is None, len(err.__notes__))
    notes = err.__notes__
    print(sys.getrefcount(notes), notes is err.__notes__)

plain = KeyError("k")
try:
    plain.__notes__
except AttributeError as e:
    print("AttributeError:", e)
try:
    plain.add_note(42)
except TypeError as e:
    print("TypeError:", e)
plain.__notes__ = ("a tuple",)
try:
    plain.add_note("more")
except TypeError as e:
    print("TypeError:", e)
print(type(plain.add_note).__name__, plain.add_note.__name__)

gc.collect()
before = gc.get_count()[0]
fresh = RuntimeError("x")
fresh.add_note("one")
print(gc.get_count()[0] - before)

class ConfigError(Exception):
    pass

def load(path):
    err = ConfigError(f"cannot read {path}")
    err.add_note("hint: check the file name")
    err.add_note("hint: run from the project folder")
    raise err

load("settings.toml")
