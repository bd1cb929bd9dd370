# A StringIO counts characters, not bytes: accented letters and emoji are one position each.
import io
import sys

note = io.StringIO()
print(note.write("café ☕ "), note.write("naïve 😀"), note.tell())
note.seek(5)
print(repr(note.read(1)), note.tell())
note.seek(0)
print(repr(note.readline(4)), note.tell())
note.seek(0, 2)
print(note.write("!"), repr(note.getvalue()), len(note.getvalue()))
print(sys.getsizeof(note))
