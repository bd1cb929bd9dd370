import gc
import weakref

class Widget:
    def __init__(self, label, container=None):
        self.label = label
        self.kids = {}
        self.owner = weakref.proxy(container) if container is not None else None
        if container is not None:
            container.kids[label] = self

    def full_label(self):
        parts = [self.label]
        node = self
        while node.owner is not None:
            node = node.owner
            parts.insert(0, node.label)
        return ".".join(parts)

    def __del__(self):
        print("destroy", self.label)

window = Widget("window")
panel = Widget("panel", window)
ok = Widget("ok", panel)
print(ok.full_label(), len(window.kids), panel.owner.label)
print(weakref.getweakrefcount(window), weakref.getweakrefcount(panel))
gc.collect()
del panel
print("panel kept by the window's kids dict")
del window
print("window gone; ok's chain:")
try:
    print(ok.full_label())
except ReferenceError as e:
    print("ReferenceError:", e)
print("collected:", gc.collect())
