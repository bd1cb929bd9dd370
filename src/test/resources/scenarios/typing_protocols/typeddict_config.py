# A TypedDict describes the shape of a config dict; its instances are plain dicts.
from typing import TypedDict


class ServerConfig(TypedDict):
    host: str
    port: int
    debug: bool


def url(cfg: ServerConfig) -> str:
    scheme = "http" if cfg["debug"] else "https"
    return f"{scheme}://{cfg['host']}:{cfg['port']}"


a = ServerConfig(host="localhost", port=8080, debug=True)
b: ServerConfig = {"host": "example.org", "port": 443, "debug": False}
for cfg in (a, b):
    print(url(cfg))
print(type(a), a)
print(a == {"host": "localhost", "port": 8080, "debug": True})
print(list(ServerConfig(host="h", port=1, debug=False)))
print(sorted(ServerConfig.__required_keys__), sorted(ServerConfig.__optional_keys__), ServerConfig.__total__)
print(ServerConfig.__mro__)
try:
    isinstance(a, ServerConfig)
except TypeError as e:
    print("TypeError:", e)
