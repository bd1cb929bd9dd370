# __exit__ receives the class, the exception and its traceback; the exception waits on the stack meanwhile.
import sys
class M:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print(exc_type.__name__, repr(exc), type(tb).__name__, tb.tb_lineno)
        print("exception refcount in __exit__", sys.getrefcount(exc))
        print("exc_info in __exit__", sys.exc_info()[1] is exc)
        return True
with M():
    x = 1
    raise LookupError("inside")
print("done")
