import traceback

def inner(n):
    return 10 // n

def outer(n):
    return inner(n) + 1

traceback.print_exc()
print("no exception printed NoneType")
try:
    outer(0)
except ZeroDivisionError:
    traceback.print_exc()
    print("limit 1:")
    traceback.print_exc(limit=1)
    print("limit -1:")
    traceback.print_exc(-1)

saved = None
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    saved = e
traceback.print_exception(saved)
print("chain=False:")
traceback.print_exception(saved, chain=False)
try:
    try:
        [][1]
    except IndexError:
        undefined_name_here
except NameError as e:
    traceback.print_exc()
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
e = RuntimeError("never raised")
e.add_note("a note")
traceback.print_exception(e)
print(traceback.format_exception_only(None))
try:
    traceback.print_exception(5)
except TypeError as err:
    print(err)
traceback.print_exception(type(saved), saved, saved.__traceback__)
print("end")
