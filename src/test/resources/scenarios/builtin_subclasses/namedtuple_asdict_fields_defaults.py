from collections import namedtuple

class Config(namedtuple('Config', 'host port debug', defaults=[8080, False])):
    __slots__ = ()

cfg = Config('localhost')
print(cfg._asdict(), type(cfg._asdict()).__name__)
print(Config._fields, cfg._fields, Config._fields is cfg._fields)
print(Config._field_defaults, cfg._field_defaults)
print(dict(cfg._asdict(), port=1))
print({name: value for name, value in zip(cfg._fields, cfg)})
print(Config(**cfg._asdict()) == cfg)
