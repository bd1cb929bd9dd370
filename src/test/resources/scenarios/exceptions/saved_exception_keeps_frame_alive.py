# Keeping the exception object after the handler keeps its traceback, frames and their locals alive.
class Big:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def fail():
    big = Big("local of fail")
    raise KeyError("k")
saved = None
try:
    fail()
except KeyError as e:
    saved = e
print("handler over, local still alive")
del saved
print("after del saved")
