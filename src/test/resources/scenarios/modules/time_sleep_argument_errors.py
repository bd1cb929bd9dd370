# time.sleep checks its argument as CPython's pytime.c does; the clocks take no arguments.
import time

for bad in (None, "1", [0.5], -1, -0.5, float("nan"), 1e300, -1e300, 10**12):
    try:
        time.sleep(bad)
        print("slept", bad)
    except Exception as e:
        print(type(e).__name__, e)
time.sleep(-0.0)
time.sleep(True)
print("done sleeping")
for call in (lambda: time.time(1), lambda: time.perf_counter(1, 2), lambda: time.sleep(), lambda: time.sleep(secs=1), lambda: time.monotonic_ns(0)):
    try:
        call()
    except TypeError as e:
        print(e)
