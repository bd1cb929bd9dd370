import gc
import sys


class Settings:
    theme = "dark"
    size = [12]


gc.collect()
print(gc.get_count())
checks = ["theme" in Settings.__dict__ for _ in range(5)]
print(checks, gc.get_count())
size = Settings.__dict__["size"]
print(size, sys.getrefcount(size), gc.get_count())
print(Settings.__dict__.get("size") is size, Settings.__dict__.get("font"))
del size
print(sys.getrefcount(Settings.size))
gc.collect()
print(gc.get_count())
