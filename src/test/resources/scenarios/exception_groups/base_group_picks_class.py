# BaseExceptionGroup(...) gives an ExceptionGroup when every member is an Exception, itself otherwise
a = BaseExceptionGroup("all ordinary", [ValueError(1), TypeError(2)])
b = BaseExceptionGroup("with interrupt", [ValueError(1), KeyboardInterrupt()])
print(type(a).__name__, type(b).__name__)
print(isinstance(a, Exception), isinstance(b, Exception))
try:
    raise b
except Exception:
    print("caught as Exception")
except BaseException as e:
    print("only BaseException catches", repr(e))
