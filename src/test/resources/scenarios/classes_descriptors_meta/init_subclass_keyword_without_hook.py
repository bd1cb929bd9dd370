import gc


class Plain:
    pass


try:
    class Child(Plain, color="red"):
        x = 1
except TypeError as e:
    print("TypeError:", e)

try:
    class Alone(flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)


class Hook:
    def __init_subclass__(cls, **kwargs):
        print("passing on", kwargs)
        super().__init_subclass__(**kwargs)


try:
    class Leaky(Hook, size=3):
        pass
except TypeError as e:
    print("TypeError:", e)


class Fine(Hook):
    pass


print(Fine.__name__)
gc.collect()
print(gc.get_count())
