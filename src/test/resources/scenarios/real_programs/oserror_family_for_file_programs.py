# file-handling programs raise and catch the OSError family: subclasses, IOError alias, errno/strerror/filename
def load(name):
    if not name.endswith(".txt"):
        raise FileNotFoundError(2, "No such file or directory", name)
    if name.startswith("secret"):
        raise PermissionError("denied")
    return name.upper()

for n in ["notes.txt", "image.png", "secret.txt"]:
    try:
        print(load(n))
    except FileNotFoundError as e:
        print("missing:", e, "|", e.errno, e.strerror, e.filename, e.args)
    except OSError as e:
        print("os error:", type(e).__name__, e, e.errno)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in ConnectionResetError.__mro__])
try:
    raise TimeoutError("slow")
except OSError as e:
    print(repr(e), e.filename)
