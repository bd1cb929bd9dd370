# nested @contextmanager managers (one with statement with two items, and a manager using another inside its generator) enter in order and exit in reverse, also when the block raises
from contextlib import contextmanager

@contextmanager
def tag(name, log):
    log.append("<" + name + ">")
    try:
        yield name
    finally:
        log.append("</" + name + ">")

@contextmanager
def page(log):
    with tag("html", log):
        with tag("body", log) as body:
            yield body

log = []
with tag("div", log) as a, tag("p", log) as b:
    log.append(a + "/" + b)
print("".join(log))
log = []
with page(log) as where:
    log.append("text in " + where)
print("".join(log))
log = []
try:
    with page(log):
        raise ValueError("oops")
except ValueError as e:
    print("".join(log), e)
