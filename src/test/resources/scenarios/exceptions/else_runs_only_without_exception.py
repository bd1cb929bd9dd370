# else runs when the try block raised nothing; an exception in else is not caught by the same handlers.
def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("handler for", x)
    else:
        print("else for", x, "result", r)
    finally:
        print("finally for", x)
attempt(2)
attempt(0)
try:
    try:
        pass
    except KeyError:
        print("not here")
    else:
        {}["missing"]
except KeyError as e:
    print("outer caught", repr(e))
