class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls

    def run(self, text):
        raise NotImplementedError


class Upper(Plugin, name="upper", priority=2):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, priority=1):
    def run(self, text):
        return text[::-1]


class Strip(Plugin, name="strip", priority=5):
    def run(self, text):
        return text.strip()


class Exclaim(Plugin):
    def run(self, text):
        return text + "!"


def pipeline(text):
    for cls in sorted(Plugin.registry.values(), key=lambda c: (-c.priority, c.plugin_name)):
        text = cls().run(text)
        print(f"  after {cls.plugin_name:<8}: {text!r}")
    return text


print(sorted(Plugin.registry))
print(pipeline("  hello world  "))
try:
    Plugin().run("x")
except NotImplementedError:
    print("base plugin does nothing")
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
