import gc


class Strict:
    def __set_name__(self, owner, name):
        if not name.islower():
            raise ValueError(f"field name {name!r} must be lower case")
        self.name = name


try:
    class Bad:
        ok = Strict()
        NotOk = Strict()
except RuntimeError as e:
    print("RuntimeError:", e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)

try:
    Bad
except NameError as e:
    print("NameError:", e)
gc.collect()
print(gc.get_count())


class Good:
    fine = Strict()


print(Good.fine.name)
