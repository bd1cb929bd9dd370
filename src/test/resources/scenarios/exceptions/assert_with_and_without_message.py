# assert raises AssertionError with the message (any object) only when the test is false.
def positive(x):
    assert x > 0, "x must be positive"
    return x
print(positive(3))
for test in (lambda: positive(-1), lambda: [][0] if False else None):
    try:
        r = test()
        assert r is not None
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args)
