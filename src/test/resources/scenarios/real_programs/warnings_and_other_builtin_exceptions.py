# the rest of the builtin exception tree: warnings, SystemError, StopAsyncIteration, TabError
classes = [UserWarning, DeprecationWarning, RuntimeWarning, SystemError, StopAsyncIteration, TabError,
           BrokenPipeError, UnicodeTranslateError, ChildProcessError]
for c in classes:
    print(f"{c.__name__:<22}", " > ".join(k.__name__ for k in c.__mro__[1:]))
try:
    raise UserWarning("careful")
except Warning as w:
    print("warning:", w)
try:
    raise NotImplementedError
except RuntimeError as e:
    print("runtime", type(e).__name__)
