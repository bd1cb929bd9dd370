# Status codes as ints with a phrase, registered in a lookup table.
class Status(int):
    _by_code = {}

    def __new__(cls, code, phrase):
        obj = super().__new__(cls, code)
        obj.phrase = phrase
        cls._by_code[code] = obj
        return obj

    def __repr__(self):
        return f"<Status {int(self)} {self.phrase}>"

    @classmethod
    def lookup(cls, code):
        return cls._by_code.get(code)


OK = Status(200, "OK")
NOT_FOUND = Status(404, "Not Found")
print(OK, repr(NOT_FOUND), OK == 200, NOT_FOUND >= 400)
print(Status.lookup(404) is NOT_FOUND, Status.lookup(500))
for code in (200, 404, 418):
    s = Status.lookup(code)
    print(code, s.phrase if s else "unknown", 200 <= code < 300)
print(sorted(Status._by_code.values()), {OK: "fine"}[200])
