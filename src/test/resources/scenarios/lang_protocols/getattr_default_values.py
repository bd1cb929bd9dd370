# __getattr__ can compute attributes or raise AttributeError itself; getattr() with a default catches that.
class Settings:
    def __init__(self):
        self.debug = True

    def __getattr__(self, name):
        if name.startswith("opt_"):
            return name[4:].upper()
        raise AttributeError(name + " is not a setting")

s = Settings()
print(s.debug, s.opt_color)
print(getattr(s, "missing", "default"))
try:
    s.missing
except AttributeError as e:
    print("AttributeError:", e)
