from enum import Enum

class Status(Enum):
    ACTIVE = "a"
    INACTIVE = "i"

print(Status("a"))
print(Status["INACTIVE"])
print(Status("a") is Status.ACTIVE)
print(Status(Status.ACTIVE))
name = "ACTIVE"
print(Status[name].value)
