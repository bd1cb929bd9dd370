# __enter__ runs before the body and its result is bound to the target; __exit__ gets three Nones on a normal exit.
class Manager:
    def __enter__(self):
        print("enter")
        return "resource"
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type, exc, tb)
with Manager() as r:
    print("body with", r)
print("after")
