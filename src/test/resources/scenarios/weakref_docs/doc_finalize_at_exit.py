# A finalizer whose object is still alive when the program calls exit() runs on the way out.
import weakref


class Session:
    pass


session = Session()
fin = weakref.finalize(session, print, "session closed while exiting")
print("atexit flag:", fin.atexit, "alive:", fin.alive)
print("calling exit()")
exit()
print("never printed")
