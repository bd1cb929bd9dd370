import weakref


class Widget:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return f"<Widget {self.label}>"


_tooltips = weakref.WeakKeyDictionary()


def set_tooltip(widget, text):
    _tooltips[widget] = text


def tooltip(widget):
    return _tooltips.get(widget, "(none)")


ok = Widget("ok")
cancel = Widget("cancel")
set_tooltip(ok, "Confirm the dialog")
set_tooltip(cancel, "Close without saving")
print(tooltip(ok), "|", tooltip(cancel), "|", tooltip(Widget("tmp")))
print(len(_tooltips), sorted(w.label for w in _tooltips))
del cancel
print(len(_tooltips), list(_tooltips.items()))
print(ok in _tooltips)
_tooltips[ok] += " (Enter)"
print(_tooltips[ok])
del ok
print(dict(_tooltips))
