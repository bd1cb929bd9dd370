# With atexit turned off, a live finalizer is skipped when the program ends.
import weakref


class Session:
    pass


kept = Session()
quiet = weakref.finalize(kept, print, "never printed")
quiet.atexit = False
loud = weakref.finalize(kept, print, "printed at exit")
print(quiet.atexit, loud.atexit, quiet.alive)
print("done")
