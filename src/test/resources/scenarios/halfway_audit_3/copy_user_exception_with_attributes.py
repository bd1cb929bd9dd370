import copy, sys, gc

class AppError(Exception):
    def __init__(self, message, code=0):
        print("init", message, code)
        super().__init__(message)
        self.code = code
        self.details = [code]

err = AppError("disk full", 28)
gc.collect()
c = copy.copy(err)
print(type(c).__name__, c.args, c.code, c.details is err.details)
print(sys.getrefcount(err.details), sys.getrefcount(c))
print(gc.get_count())
d = copy.deepcopy(err)
print(d.args, d.code, d.details, d.details is err.details)
print(sys.getrefcount(err.details), sys.getrefcount(d.details))
print(gc.get_count())
