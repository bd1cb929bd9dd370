# A caught exception's traceback keeps the failed frame's locals alive until `except ... as e` ends.
class Big:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def fail():
    big = Big("local of fail")
    raise ValueError("boom")
try:
    fail()
except ValueError as e:
    print("in handler:", e)
print("after handler")
