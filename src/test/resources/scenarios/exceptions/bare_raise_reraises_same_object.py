# A bare raise re-raises the same exception object; raise with no active exception is a RuntimeError.
saved = []
def handler():
    try:
        raise ValueError("original")
    except ValueError as e:
        saved.append(e)
        raise
try:
    handler()
except ValueError as e:
    print("same object:", e is saved[0])
try:
    raise
except RuntimeError as e:
    print(e)
