# except* refuses ExceptionGroup itself and non-exception classes, with CPython's TypeErrors
for kind in (ExceptionGroup, (ValueError, BaseExceptionGroup), int):
    try:
        try:
            raise ValueError(1)
        except* kind:
            print("never")
    except TypeError as e:
        print(e)
