import gc


class ParseError(Exception):
    pass


class Payload:
    def __init__(self, raw):
        self.raw = raw

    def __del__(self):
        print("payload freed:", self.raw)


def parse(raw):
    p = Payload(raw)
    try:
        return int(p.raw)
    except ValueError as e:
        raise ParseError(f"bad number {raw!r}") from e


gc.collect()
for text in ["42", "4x2"]:
    try:
        print("parsed:", parse(text))
    except ParseError as err:
        print("error:", err)
        print("cause:", type(err.__cause__).__name__, err.__cause__)
        print("suppress context:", err.__suppress_context__)
print("after loop")
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("lookup failed")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
print("collected:", gc.collect())
