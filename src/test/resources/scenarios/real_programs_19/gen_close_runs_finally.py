# Closing or dropping a suspended generator raises GeneratorExit inside it,
# so its finally blocks and with blocks run.


class Conn:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("connect", self.name)
        return self

    def __exit__(self, *exc):
        print("disconnect", self.name, exc[0].__name__ if exc[0] else None)
        return False


def rows(name):
    with Conn(name):
        try:
            for i in range(5):
                yield i
        finally:
            print("finally in", name)


g = rows("first")
print(next(g), next(g))
g.close()
print("closed")

g = rows("second")
print(next(g))
print("dropping reference")
del g
print("dropped")

g = rows("third")
print(list(g))


def refuses_to_stop():
    try:
        yield "tick"
    except GeneratorExit:
        print("GeneratorExit arrived; yielding anyway")
        yield "tock"


clock = refuses_to_stop()
print(next(clock))
try:
    clock.close()
except RuntimeError as problem:
    print("close() complained:", problem)
print("a second close() ends it quietly:", clock.close())
