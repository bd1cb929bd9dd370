# A StringIO keeps the strings written to it until getvalue() joins them.
import sys
import io

def word(letters):
    return "".join(letters)

buf = io.StringIO()
first = word(["h", "e", "l", "l", "o"])
print(sys.getrefcount(first))
buf.write(first)
print("after write:", sys.getrefcount(first))
value = buf.getvalue()
print("getvalue is the same string:", value is first, sys.getrefcount(first))
second = word(["!", "!"])
buf.write(second)
print(sys.getrefcount(first), sys.getrefcount(second))
joined = buf.getvalue()
print(joined, sys.getrefcount(first), sys.getrefcount(second))
del buf
print("buffer gone:", sys.getrefcount(joined), sys.getrefcount(second))
