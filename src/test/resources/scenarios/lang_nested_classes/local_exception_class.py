# an exception class defined in a function: raised, caught, printed with its qualified name, then collected (it has a __weakref__ descriptor)
import gc
def attempt():
    class ParseError(Exception):
        pass
    try:
        raise ParseError("bad token")
    except ParseError as e:
        print("caught", repr(e), type(e))
gc.collect()
attempt()
print("collected", gc.collect())
