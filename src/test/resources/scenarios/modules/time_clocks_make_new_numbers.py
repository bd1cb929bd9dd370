# Each clock call makes a new float (or an int for the _ns clocks); sleeping moves every clock on.
import sys
import time
from time import perf_counter, sleep

t0 = time.time()
p0 = perf_counter()
m0 = time.monotonic()
print(type(t0).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(sys.getrefcount(t0), sys.getsizeof(t0))
sleep(0.25)
print(perf_counter() - p0 >= 0.25, time.monotonic() - m0 >= 0.25, time.time() - t0 >= 0.2)
print(time.perf_counter_ns() > 0, time.process_time() >= 0, time.thread_time_ns() >= 0)
a = time.perf_counter()
b = time.perf_counter()
print(a is b, b >= a)
print(time.sleep(0))
