# The match kept in a local of the handler's frame forms a cycle through its traceback; gc.collect() frees it
import gc

class Marker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("marker freed", self.name)

def handle():
    marker = Marker("inside handle")
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError as eg:
        kept = eg
    return len(kept.exceptions)

gc.collect()
gc.disable()
print("handled", handle())
print("collected", gc.collect() > 0)
gc.enable()
print("end")
