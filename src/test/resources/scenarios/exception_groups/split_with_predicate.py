# split() with a predicate: it is asked about the group itself first, then each nested group and leaf
def is_transient(exc):
    print("  asked about", repr(exc))
    return isinstance(exc, (TimeoutError, ConnectionError))

failures = ExceptionGroup("sync", [
    TimeoutError("server A"),
    ValueError("bad record 7"),
    ExceptionGroup("mirror", [ConnectionResetError("mirror 1"), KeyError("id")]),
])
retry, fatal = failures.split(is_transient)
print("retry:", repr(retry))
print("fatal:", repr(fatal))
print(failures.subgroup(lambda e: isinstance(e, ExceptionGroup)) is failures)
