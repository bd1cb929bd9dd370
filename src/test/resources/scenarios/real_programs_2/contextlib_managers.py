from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("content", t)
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
try:
    with tag("p"):
        raise KeyError("k")
except KeyError as e:
    print("escaped", e)
