import weakref
class Conn:
    pass
c = Conn()
weakref.finalize(c, print, "closing at exit")
print("end")
