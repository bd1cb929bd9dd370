# A bare raise in except* re-raises the matched part as part of the original group, with its traceback
def work():
    raise ExceptionGroup("jobs", [ValueError(1), TypeError(2), ValueError(3)])

try:
    try:
        work()
    except* ValueError:
        print("logging the value errors, then passing them on")
        raise
    except* TypeError:
        print("type errors handled")
except ExceptionGroup as eg:
    print(repr(eg), eg.__traceback__.tb_next is not None)
