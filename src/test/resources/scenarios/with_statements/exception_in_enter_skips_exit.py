# If __enter__ raises, the body and __exit__ do not run.
class Fails:
    def __enter__(self):
        raise ValueError("cannot open")
    def __exit__(self, *info):
        print("exit never runs")
try:
    with Fails():
        print("body never runs")
except ValueError as e:
    print("caught", e)
