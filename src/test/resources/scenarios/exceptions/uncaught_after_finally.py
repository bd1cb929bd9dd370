# An uncaught exception: finally blocks print first, then the program stops with CPython's last stderr line.
def f():
    try:
        return {}["missing"]
    finally:
        print("finally runs before the error is reported")
print("start")
f()
print("never")
