# The unhandled rest of a group leaves the program with CPython's boxed report
def check(values):
    problems = []
    for v in values:
        if v < 0:
            problems.append(ValueError(f"negative: {v}"))
        elif v > 100:
            problems.append(OverflowError(f"too big: {v}"))
    if problems:
        raise ExceptionGroup("invalid values", problems)

try:
    check([5, -1, 200, -7])
except* ValueError as eg:
    print("fixed", len(eg.exceptions), "negative values")
