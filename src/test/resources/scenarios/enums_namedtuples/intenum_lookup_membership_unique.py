from enum import IntEnum, StrEnum, unique


class Http(IntEnum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    MISSING = 404


print(Http(200), Http["NOT_FOUND"], Http(404) is Http.MISSING, Http.MISSING.name, len(Http))
print(list(Http), list(Http.__members__))
print(Http.OK in Http, Http(201).name)
try:
    Http(500)
except ValueError as e:
    print("ValueError:", e)
try:
    Http["TEAPOT"]
except KeyError as e:
    print("KeyError:", e)
try:
    @unique
    class Dup(IntEnum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


@unique
class Mode(StrEnum):
    READ = "r"
    WRITE = "w"


print(Mode("w"), Mode.READ == "r", [m.value for m in Mode])
try:
    class Bad(StrEnum):
        ONE = 1
except TypeError as e:
    print("TypeError:", e)
try:
    Http.OK = 201
except AttributeError as e:
    print("AttributeError:", e)
