# A group kept in a local of the frame its traceback holds is a cycle: only gc.collect() frees it
import gc

class Payload:
    def __del__(self):
        print("payload freed")

def run_batch():
    data = Payload()
    try:
        raise ExceptionGroup("batch failed", [ValueError(1), TypeError(2)])
    except ExceptionGroup as eg:
        saved = eg   # frame -> saved -> group -> traceback -> frame
    return "done"

gc.collect()
gc.disable()
print(run_batch())
print("after return")
print("collected", gc.collect())
gc.enable()
