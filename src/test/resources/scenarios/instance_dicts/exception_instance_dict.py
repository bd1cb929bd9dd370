# Exception instances keep BaseException's own ordinary dict, made by the first attribute.
import sys, gc
class AppError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code
e = AppError('failed', 7)
print(e.__dict__, sys.getsizeof(e.__dict__), gc.is_tracked(e.__dict__))
f = AppError('again', 8)
f.details = ['a']
print(vars(f), gc.is_tracked(f.__dict__))
print(gc.get_referents(f)[0].__name__, len(gc.get_referents(f)))
plain = ValueError('v')
print(plain.__dict__, gc.get_referents(plain))
