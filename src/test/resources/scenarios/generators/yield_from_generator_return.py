# yield from returns the delegate's return value; the delegate's locals die when it returns.
class Res:
    def __del__(self):
        print("freed inner Res")
def inner():
    r = Res()
    yield "a"
    return 7
def outer():
    got = yield from inner()
    print("got", got)
    yield "b"
for v in outer():
    print(v)
