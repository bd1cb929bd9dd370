# maketrans's errors as CPython raises them
for args in [("ab", "c"), (1,), ({"ab": 1},), ({1.5: 1},)]:
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
