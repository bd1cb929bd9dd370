# CPython's errors from itemgetter, attrgetter and methodcaller: bad construction, a missing key or attribute, wrong call arguments
from operator import itemgetter, attrgetter, methodcaller

def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except (TypeError, KeyError, IndexError, AttributeError) as e:
        print(label, type(e).__name__, e)

attempt("no items", itemgetter)
attempt("no names", attrgetter)
attempt("bad name", attrgetter, 3)
attempt("no method", methodcaller)
attempt("bad method", methodcaller, 3)
attempt("missing key", itemgetter("id"), {"name": "x"})
attempt("out of range", itemgetter(5), [1, 2])
attempt("not subscriptable", itemgetter(0), 42)
attempt("two args", itemgetter(0), [1], [2])
attempt("no attribute", attrgetter("size"), [1, 2])
class Box:
    def __init__(self):
        self.size = 3

attempt("dotted missing", attrgetter("size.nope"), Box())
attempt("dotted ok", attrgetter("size"), Box())
attempt("no such method", methodcaller("push", 1), [])
attempt("call twice", methodcaller("append", 1), [], [])
attempt("second key fails", itemgetter(0, 9), [1, 2])
