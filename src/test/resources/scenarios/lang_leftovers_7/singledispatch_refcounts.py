# What singledispatch holds: the registry keeps each class and function, the dispatch cache (a WeakKeyDictionary) keeps the chosen function per class seen, register() clears it
import sys
from functools import singledispatch


class Event:
    pass


class Click(Event):
    pass


class Key(Event):
    pass


def on_event(e):
    return "generic"


def on_click(e):
    return "click"


handle = singledispatch(on_event)
print("on_event", sys.getrefcount(on_event), "handle", sys.getrefcount(handle))
handle.register(Click, on_click)
print("on_click", sys.getrefcount(on_click), "Click", sys.getrefcount(Click))
print(handle(Click()), handle(Key()), handle(Event()), handle(3))
print("on_click", sys.getrefcount(on_click), "on_event", sys.getrefcount(on_event))
print("Click", sys.getrefcount(Click), "Key", sys.getrefcount(Key))
handle._clear_cache()
print("after clear", sys.getrefcount(on_click), sys.getrefcount(on_event))
print(handle(Click()), handle(Click()))
print("on_click", sys.getrefcount(on_click))
handle.register(Key, lambda e: "key")
print("after register", sys.getrefcount(on_click), sys.getrefcount(on_event), len(handle.registry))
print(handle(Key()), handle.dispatch(Key)(None))
