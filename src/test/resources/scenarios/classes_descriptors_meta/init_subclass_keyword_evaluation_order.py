def note(label, value):
    print("evaluating", label)
    return value


class Base:
    def __init_subclass__(cls, **kwargs):
        print("hook gets", kwargs)


class Demo(note("base", Base), first=note("first", 1), second=note("second", [2])):
    print("body runs")


print(Demo.__mro__[1].__name__)
