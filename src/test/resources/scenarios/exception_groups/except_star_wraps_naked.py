# A naked exception caught by except* arrives wrapped in ExceptionGroup("", ...); unmatched, it goes on unwrapped
import sys
try:
    raise ValueError("plain")
except* ValueError as eg:
    print(repr(eg), eg.message == "", eg.exceptions[0].__traceback__ is not None)
    print(sys.exc_info()[1] is eg)

def reraise_plain():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")

try:
    reraise_plain()
except KeyError as e:
    print("still a plain KeyError:", repr(e))

try:
    try:
        raise ValueError("again")
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("a bare raise re-raises the wrapper:", repr(eg))
