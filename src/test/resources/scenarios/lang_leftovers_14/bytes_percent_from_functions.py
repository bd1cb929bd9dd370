# printf-style formatting of bytes whose format comes from a function (no literal on the left).
def template(kind):
    return {"int": b"%05d", "hex": b"%#o|%X", "text": b"[%-6s]", "char": b"%c%c"}[kind]


print(template("int") % 42)
print(template("hex") % (8, 255))
print(template("text") % b"ab")
print(template("char") % (72, b"i"))
for kind, value in [("int", "7"), ("text", "str"), ("char", (256, 1)), ("hex", 1.5), ("text", (b"a", b"b"))]:
    try:
        print(template(kind) % value)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
record = bytearray(b"%(name)s=%(size)d")
print(record % {b"name": b"disk", b"size": 512})
print(b"%a and %r" % ("caf\u00e9", [1]))
