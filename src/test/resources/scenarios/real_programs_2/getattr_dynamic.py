class Config:
    defaults = {"debug": False, "level": 1}
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __getattr__(self, name):
        try:
            return self.defaults[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
c = Config(level=3)
print(c.level, c.debug, getattr(c, "missing", "n/a"))
setattr(c, "debug", True)
print(c.debug, vars(c))
try:
    c.nope
except AttributeError as e:
    print(e, e.name)
