# except with something that is not an exception class raises TypeError when the handler is tried.
try:
    try:
        1 / 0
    except 42:
        print("never")
except TypeError as e:
    print(e, "| context:", repr(e.__context__))
class NotAnError:
    pass
try:
    raise NotAnError()
except TypeError as e:
    print(e)
