# No matching handler: finally runs and the exception reaches the caller's handler.
def inner():
    try:
        raise KeyError("deep")
    except ValueError:
        print("wrong handler")
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
try:
    outer()
except KeyError as e:
    print("top caught", repr(e))
