# Objects still referenced by module globals are finalized when the
# interpreter shuts down; their __del__ may find other globals gone.
import weakref


class Logger:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("logger", self.name, "finalized")


class Service:
    def __init__(self, name, logger):
        self.name = name
        self.logger = logger

    def __del__(self):
        state = "has" if self.logger is not None else "lost"
        print("service", self.name, state, "its logger")


_private = Logger("private")
log = Logger("main")
svc = Service("api", log)
other = Service("db", Logger("db-log"))
cache = {"k": Logger("cached")}
ring = [Service("ring", None)]
ring.append(ring)
weak = weakref.ref(log)
print("end of program")
