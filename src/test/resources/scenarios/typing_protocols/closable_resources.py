# issubclass() and isinstance() with a protocol of methods only.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Socket:
    def __init__(self, port):
        self.port = port

    def close(self):
        print(f"socket {self.port} closed")


class Logger:
    def write(self, msg):
        print(msg)


class Muted(Socket):
    close = None


resources = [Socket(80), Logger(), Socket(443), "text", Muted(1)]
for r in resources:
    print(type(r).__name__, isinstance(r, Closable))

print(issubclass(Socket, Closable), issubclass(Logger, Closable), issubclass(Muted, Closable))
print(issubclass(int, Closable), issubclass(list, Closable))
for r in resources:
    if isinstance(r, Closable):
        r.close()
try:
    issubclass(Socket(1), Closable)
except TypeError as e:
    print("TypeError:", e)
