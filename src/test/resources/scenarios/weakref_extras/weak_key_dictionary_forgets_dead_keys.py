# a WeakKeyDictionary keeps data about objects without keeping the objects alive
import sys
import weakref
class Widget:
    pass
notes = weakref.WeakKeyDictionary()
w = Widget()
note = ["created by the settings page"]
notes[w] = note
print(len(notes), notes[w] is note, w in notes, sys.getrefcount(w), sys.getrefcount(note))
notes[w] = ["updated"]
print(len(notes), notes[w], sys.getrefcount(note))
del w
print(len(notes))
