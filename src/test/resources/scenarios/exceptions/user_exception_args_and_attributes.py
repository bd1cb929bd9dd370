# A user exception's args is the call's arguments unless __init__ passes others to super().__init__.
class PlainError(Exception):
    pass
class CodedError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code
class RawError(Exception):
    def __init__(self, a, b):
        self.total = a + b
for e in (PlainError(), PlainError("one"), PlainError(1, 2), CodedError("m", 7), RawError(2, 3)):
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
print(CodedError("x", 1).code, RawError(4, 5).total)
