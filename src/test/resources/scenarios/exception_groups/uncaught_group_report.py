# An uncaught group prints CPython's boxed report; the last line of stderr closes the last box
def check(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise TypeError(f"even {n}")

errors = []
for n in range(3):
    try:
        check(n)
    except Exception as e:
        e.add_note(f"while checking {n}")
        errors.append(e)
print("collected", len(errors))
raise ExceptionGroup("outer", [ExceptionGroup("inner", errors[:2]), errors[2]])
