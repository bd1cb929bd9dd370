# An exception raised in an except* handler is combined with the unhandled rest in a new ExceptionGroup("", [...])
def process():
    try:
        raise ExceptionGroup("batch", [ValueError("v"), KeyError("k"), OSError("o")])
    except* ValueError as eg:
        raise RuntimeError("could not recover") from eg.exceptions[0]
    except* KeyError:
        print("keys handled")

try:
    process()
except ExceptionGroup as eg:
    print(repr(eg))
    first = eg.exceptions[0]
    print(repr(first), repr(first.__cause__), repr(first.__context__))
    print(eg.exceptions[1].message, eg.exceptions[1].exceptions)
