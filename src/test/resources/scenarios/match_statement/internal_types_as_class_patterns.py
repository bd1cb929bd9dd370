# Class patterns with the types of builtin functions, functions and generators (read through __class__): isinstance by type, no error.
def f(): pass
g = (i for i in [])
for v in [len, f, g, print, [].append, None, ...]:
    match v:
        case len.__class__():
            print("builtin", v.__name__ if hasattr(v, "__name__") else v)
        case f.__class__():
            print("function")
        case g.__class__():
            print("generator")
        case _:
            print("other", type(v).__name__)
