# Attach extra data to objects you do not own without keeping them alive.
import weakref


class Widget:
    def __init__(self, label):
        self.label = label


clicks = weakref.WeakKeyDictionary()


def click(w):
    clicks[w] = clicks.get(w, 0) + 1


ok = Widget("ok")
cancel = Widget("cancel")
help_ = Widget("help")
for w in [ok, ok, cancel, ok, help_, cancel]:
    click(w)
print(sorted((w.label, n) for w, n in clicks.items()))
print("entries:", len(clicks))
del cancel
print("after cancel is deleted:", len(clicks))
print("ok in clicks:", ok in clicks)
print("keys:", sorted(w.label for w in clicks.keys()))
clicks.pop(help_)
print("after pop:", len(clicks))
try:
    clicks["text"] = 1
except TypeError as e:
    print("TypeError:", e)
