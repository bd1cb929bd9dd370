# Attribute names and dict keys written in the source are interned, so the
# same text from two places is one object.
import sys


class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3


c = Config()
names = list(vars(c))
print(names)
print("attribute name is the literal:", names[0] is "timeout")
key = "time" + "out"
print("folded constant:", key is names[0])
built = "".join(["time", "out"])
print("joined at runtime:", built is names[0], built == names[0])
print("interned:", sys.intern(built) is names[0])
d = {built: 1}
print("dict lookup works either way:", d["timeout"])
print("getattr with runtime string:", getattr(c, built))
long1 = "not an identifier!"
long2 = "not an identifier!"
print("same constant in one module:", long1 is long2)
