# BaseExceptionGroup.__new__'s checks and messages: two arguments, a str message, a non-empty sequence of exceptions
attempts = [
    lambda: ExceptionGroup("only message"),
    lambda: ExceptionGroup(42, [ValueError()]),
    lambda: ExceptionGroup("set", {ValueError()}),
    lambda: ExceptionGroup("empty", []),
    lambda: ExceptionGroup("not exc", [ValueError(), "oops"]),
    lambda: ExceptionGroup("base", [ValueError(), KeyboardInterrupt()]),
    lambda: ExceptionGroup("kw", [ValueError()], code=3),
    lambda: ExceptionGroup("class not instance", [ValueError]),
]
for attempt in attempts:
    try:
        attempt()
    except (TypeError, ValueError) as err:
        print(type(err).__name__, "-", err)
