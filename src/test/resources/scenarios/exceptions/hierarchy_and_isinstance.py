# The builtin hierarchy: LookupError catches KeyError and IndexError, ArithmeticError catches ZeroDivisionError.
for exc in (KeyError, IndexError, ZeroDivisionError, OverflowError, UnboundLocalError, RecursionError,
            NotImplementedError, ModuleNotFoundError, StopIteration, GeneratorExit, AssertionError):
    print(exc.__name__, issubclass(exc, LookupError), issubclass(exc, ArithmeticError),
          issubclass(exc, Exception), issubclass(exc, BaseException))
try:
    [1][5]
except LookupError as e:
    print("LookupError caught", type(e).__name__, isinstance(e, IndexError))
try:
    1 % 0
except ArithmeticError as e:
    print("ArithmeticError caught", e)
print(KeyError, BaseException)
