# A keyed conversion uses up the positional argument: what follows it has nothing left.
row = {"user": "ana", "n": 3}
print("%(user)s has %(n)d items" % row)
print("%s" % row)
print("%s then %(user)s" % row)
for fmt in ["%(user)s then %s", "%(user)s %(n)s %d"]:
    try:
        print(fmt % row)
    except TypeError as e:
        print("TypeError:", e)
try:
    print(b"%(user)s %s" % {b"user": b"bo"})
except TypeError as e:
    print("TypeError:", e)
print("%s|%(k)s" % {"k": "v"})
try:
    print(b"%s|%(k)s" % {b"k": b"v"})
except TypeError as e:
    print("TypeError:", e)
