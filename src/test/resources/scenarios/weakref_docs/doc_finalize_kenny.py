# A finalizer runs its function when the object dies.
import weakref


class Character:
    pass


kenny = Character()
fin = weakref.finalize(kenny, print, "Kenny has left the building")
print("alive before del:", fin.alive)
del kenny
print("alive after del:", fin.alive)
