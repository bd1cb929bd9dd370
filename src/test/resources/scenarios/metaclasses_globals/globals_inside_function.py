# Reading a global by its name from inside a function
import sys

settings = {"debug": True, "level": 3}

def lookup(name):
    if name in globals():
        return globals()[name]
    return None

print(lookup("settings"))
print(lookup("missing"))
print(sys.getrefcount(settings))
value = lookup("settings")
print(sys.getrefcount(settings))
