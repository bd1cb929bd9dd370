# A bare except catches any exception, including ones derived from BaseException only.
class Stop(BaseException):
    pass
for f in (lambda: 1 / 0, lambda: [][0]):
    try:
        f()
    except:
        print("bare except caught")
try:
    try:
        raise Stop()
    except Exception:
        print("Exception does not catch a BaseException subclass")
except:
    print("bare except caught Stop")
