# An uncaught exception: the traceback keeps the failed frames (innermost first released) until shutdown, before the globals.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
g = T("global")
def inner(a):
    local = T("inner-local")
    return a[5]
def outer():
    o = T("outer-local")
    tmp = [T("in-list")]
    inner(tmp)
outer()
