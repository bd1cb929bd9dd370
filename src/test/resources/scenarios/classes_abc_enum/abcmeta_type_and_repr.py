# type() of an ABC-derived class is abc.ABCMeta; the classes print as usual; ABC itself is abc.ABC with __slots__ = ()
import abc
class Plugin(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass
class Hello(Plugin):
    def run(self):
        return "hello"
print(type(Plugin), type(Hello), Plugin, Hello, abc.ABC)
print(Hello.__mro__)
print(Hello().run(), isinstance(Plugin, type), type(Hello()) is Hello)
print(Hello.__module__, abc.ABC.__module__, Plugin.__name__, abc.ABC.__name__)
print([n for n in dir(Hello) if not n.startswith("__") or n == "__abstractmethods__"])
