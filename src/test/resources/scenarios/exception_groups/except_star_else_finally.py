# try/except* with else and finally: else runs only without an exception, finally always
def attempt(fail):
    try:
        if fail:
            raise ExceptionGroup("step", [ValueError("bad input")])
        print("  body ok")
    except* ValueError as eg:
        print("  handled", eg.exceptions)
    else:
        print("  else")
    finally:
        print("  finally")

for fail in (False, True):
    print("fail =", fail)
    attempt(fail)
