# sys.getsizeof of groups: BaseExceptionGroup adds the message and the tuple to BaseException, ExceptionGroup a weak-reference slot
import sys
import weakref
print(sys.getsizeof(ValueError("x")))
print(sys.getsizeof(BaseExceptionGroup("b", [KeyboardInterrupt()])))
print(sys.getsizeof(ExceptionGroup("e", [ValueError()])))
class Mine(ExceptionGroup):
    pass
class MineBase(BaseExceptionGroup):
    pass
print(sys.getsizeof(Mine("m", [ValueError()])), sys.getsizeof(MineBase("m", [KeyboardInterrupt()])))
eg = ExceptionGroup("weak", [ValueError()])
r = weakref.ref(eg)
print(r() is eg)
del eg
print(r())
