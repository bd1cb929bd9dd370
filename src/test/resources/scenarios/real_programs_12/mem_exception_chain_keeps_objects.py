import gc


class Payload:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("payload", self.tag, "freed")


class AppError(Exception):
    pass


def low():
    p = Payload("low")
    raise OSError("disk full")


def high():
    q = Payload("high")
    try:
        low()
    except OSError as e:
        raise AppError("save failed") from e


saved = None
try:
    high()
except AppError as err:
    print(err, "<-", repr(err.__cause__))
    print("suppress context:", err.__suppress_context__)
    saved = err
print("handler left, saved error holds both frames")
saved.__cause__.__traceback__ = None
print("cleared the cause's traceback")
saved = None
print("saved dropped")
print(gc.collect())
