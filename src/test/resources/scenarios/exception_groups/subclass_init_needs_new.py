# A subclass whose __init__ takes an extra argument fails: BaseExceptionGroup.__new__ sees all three arguments first
class CodedGroup(ExceptionGroup):
    def __init__(self, message, excs, code):
        super().__init__(message, excs)
        self.code = code

try:
    CodedGroup("failed", [ValueError()], 500)
except TypeError as e:
    print(e)
g = CodedGroup("two args only", [ValueError()])
