import gc

class Config:
    def __init__(self, name):
        self.name = name

settings = Config("prod")
registry = {"active": settings}
history = [settings]

def who_holds(obj):
    found = []
    for ref in gc.get_referrers(obj):
        if ref is globals():
            found.append("module globals")
        elif isinstance(ref, dict):
            found.append("dict with keys " + str(sorted(ref)))
        elif isinstance(ref, list):
            found.append(f"list of length {len(ref)}")
        else:
            found.append(type(ref).__name__)
    return sorted(found)

for line in who_holds(settings):
    print(line)

del registry["active"]
print("after removing from registry:")
for line in who_holds(settings):
    print(line)
history.clear()
print("after clearing history:", who_holds(settings))
