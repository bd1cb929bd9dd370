from enum import Enum


class Status(str, Enum):
    DRAFT = "draft"
    REVIEW = "review"
    PUBLISHED = "published"


print(Status("review"), Status["PUBLISHED"])
print(Status("draft") is Status.DRAFT)
print(list(Status))
print(len(Status))
for s in Status:
    print(s.name, s.value, len(s))
try:
    Status("deleted")
except ValueError as e:
    print("ValueError:", e)
try:
    Status["DELETED"]
except KeyError as e:
    print("KeyError:", e)
print([s.value for s in Status])
print(Status.REVIEW in Status)
