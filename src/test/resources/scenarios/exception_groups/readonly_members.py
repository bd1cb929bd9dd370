# message and exceptions are read-only members of the group
eg = ExceptionGroup("locked", [ValueError()])
for action in ("set message", "del exceptions"):
    try:
        if action == "set message":
            eg.message = "changed"
        else:
            del eg.exceptions
    except AttributeError as e:
        print(action, "->", e)
eg.detail = "extra attributes are fine"
print(eg.detail, eg.message)
