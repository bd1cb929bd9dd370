# raise X from Y sets __cause__ and __suppress_context__; the context is still recorded.
try:
    try:
        {}["id"]
    except KeyError as err:
        raise LookupError("lookup failed") from err
except LookupError as e:
    print(repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        [][0]
    except IndexError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise TypeError("t") from ValueError
except TypeError as e:
    print("cause made from a class:", repr(e.__cause__))
