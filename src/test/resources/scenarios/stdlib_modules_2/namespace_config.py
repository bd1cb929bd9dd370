# A settings object built from keyword arguments, the way small scripts keep their options.
import sys
from types import SimpleNamespace

settings = SimpleNamespace(width=80, height=24, title="Editor", tabs=[4, 8])
print(settings)
print(settings.width * settings.height)
settings.theme = "dark"
settings.width = 120
print(settings)
print(sorted(vars(settings)))
print("size of the namespace:", sys.getsizeof(settings))
print("size of its dict:", sys.getsizeof(settings.__dict__))
print("refcount of the namespace:", sys.getrefcount(settings))
print("refcount of the tabs list:", sys.getrefcount(settings.tabs))
tabs = settings.tabs
print("after binding tabs:", sys.getrefcount(tabs))
del settings.tabs
print("after del settings.tabs:", sys.getrefcount(tabs))
print(hasattr(settings, "tabs"), getattr(settings, "tabs", "gone"))
