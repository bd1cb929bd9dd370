# except* matches by class like except does: a base class takes every subclass's instances from the group
class AppError(Exception):
    pass

class NetworkError(AppError):
    pass

class DiskError(AppError):
    pass

def sync(jobs):
    errors = []
    for job in jobs:
        if "net" in job:
            errors.append(NetworkError(job))
        elif "disk" in job:
            errors.append(DiskError(job))
        elif "bug" in job:
            errors.append(ZeroDivisionError(job))
    if errors:
        raise ExceptionGroup("sync failed", errors)

try:
    sync(["net-1", "ok", "disk-2", "bug-3", "net-4"])
except* NetworkError as eg:
    print("retry later:", [str(e) for e in eg.exceptions])
except* AppError as eg:
    print("app errors:", [type(e).__name__ for e in eg.exceptions])
except* ArithmeticError as eg:
    print("bugs:", eg.exceptions)
