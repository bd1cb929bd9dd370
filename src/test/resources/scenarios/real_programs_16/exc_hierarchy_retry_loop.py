# A custom exception hierarchy for a flaky "network" and a retry loop with backoff bookkeeping.
class NetworkError(Exception):
    pass


class TimeoutError_(NetworkError):
    def __init__(self, seconds):
        super().__init__(f"timed out after {seconds}s")
        self.seconds = seconds


class HTTPError(NetworkError):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code

    def __str__(self):
        return f"HTTP {self.args[0]}: {self.args[1]}"


class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, f"{path} not found")


class Server:
    def __init__(self, script):
        self.script = list(script)
        self.calls = 0

    def get(self, path):
        self.calls += 1
        step = self.script.pop(0) if self.script else "ok"
        if step == "timeout":
            raise TimeoutError_(2 ** self.calls)
        if step == "500":
            raise HTTPError(500, "server exploded")
        if step == "404":
            raise NotFound(path)
        return f"<contents of {path}>"


def fetch(server, path, attempts=4):
    delay = 0.5
    log = []
    for attempt in range(1, attempts + 1):
        try:
            body = server.get(path)
        except NotFound:
            log.append(f"#{attempt} not found: giving up")
            raise
        except (TimeoutError_, HTTPError) as e:
            log.append(f"#{attempt} {type(e).__name__}: {e}; wait {delay:.1f}s")
            delay *= 2
        else:
            log.append(f"#{attempt} ok")
            return body, log
        finally:
            log.append(f"  (calls so far: {server.calls})")
    raise NetworkError(f"gave up after {attempts} attempts") from None


for script in (["timeout", "500", "ok"], ["404"], ["timeout"] * 5):
    srv = Server(script)
    try:
        body, log = fetch(srv, "/data")
        print("GOT", body)
    except NetworkError as e:
        print("FAILED", type(e).__name__, "-", e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)
        log = None
    if log:
        print("\n".join(log))
print(NotFound.__mro__[1:4])
print(issubclass(NotFound, NetworkError), isinstance(TimeoutError_(1), Exception))
e = NotFound("/x")
print(e.args, e.code, repr(e), str(e))
