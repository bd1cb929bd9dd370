# An ExceptionGroup's str counts its sub-exceptions, its repr and args keep the list it was given, .exceptions is a tuple
problems = [ValueError("bad port"), KeyError("host")]
eg = ExceptionGroup("config invalid", problems)
print(str(eg))
print(repr(eg))
print(eg.message, eg.exceptions)
print(type(eg.exceptions).__name__, eg.args[1] is problems)
single = ExceptionGroup("just one", [OSError("disk")])
print(single)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(ExceptionGroup.__mro__)
