# What ctypes says to arguments it cannot take.
import ctypes

attempts = [
    lambda: ctypes.c_long("x"),
    lambda: ctypes.c_long(1.5),
    lambda: ctypes.c_long(1, 2),
    lambda: ctypes.py_object(1, 2),
    lambda: ctypes.c_long.from_address(),
    lambda: ctypes.c_long.from_address("x"),
    lambda: ctypes.c_long.from_address(2**70),
    lambda: ctypes.cast(5, ctypes.c_long),
    lambda: ctypes.cast(0, ctypes.py_object).value,
    lambda: ctypes.sizeof(5),
    lambda: ctypes.py_object().value,
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
