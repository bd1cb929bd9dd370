import sys
from enum import StrEnum


class Key(StrEnum):
    HOST = "host"
    PORT = "port"
    DEBUG = "debug"


raw = {"host": "example.org", "port": "8080", "debug": "yes", "extra": "?"}
config = {}
for k, v in raw.items():
    try:
        config[Key(k)] = v
    except ValueError as e:
        print("skip:", e)
print(config)
print(config["port"], config[Key.HOST], Key.DEBUG in config)
print(sorted(config), [str(k) for k in config], ",".join(config))
print(f"{Key.HOST}={config[Key.HOST]}", Key.PORT.upper(), Key("debug") is Key.DEBUG)
print(sys.getrefcount(Key.HOST), sys.getrefcount(Key))
print(Key.HOST.value is Key.HOST._value_, isinstance(Key.PORT, str), type(Key.PORT))
print(Key.HOST < Key.PORT, Key.DEBUG == "debug", hash(Key.HOST) == hash("host"))
