# An uncaught AssertionError reports its message as CPython's last stderr line.
values = [3, 1, -2]
for v in values:
    print("checking", v)
    assert v > 0, f"negative value {v}"
