# str % and bytes % take any object with a mapping subscript (a list, a range) as the lookup
# mapping: nothing is left over, so no "not all arguments converted" error.
class Table:
    def __getitem__(self, key):
        return key.upper()


print(repr("plain" % [1, 2]))
print(repr("plain" % range(3)))
print("%(name)s-%(id)s" % Table())
print(repr(b"plain" % [1]))
for fmt, arg in [("%(a)s", [1]), (b"%(a)s", [1]), ("x", (1,)), (b"x", b"y")]:
    try:
        print(repr(fmt % arg))
    except TypeError as e:
        print("TypeError:", e)
