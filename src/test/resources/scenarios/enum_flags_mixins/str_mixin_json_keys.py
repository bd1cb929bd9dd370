import json
import sys
from enum import Enum


class Field(str, Enum):
    NAME = "name"
    EMAIL = "email"
    AGE = "age"


record = {Field.NAME: "Ada", Field.EMAIL: "ada@example.com", Field.AGE: 36}
print(record["name"], record[Field.EMAIL])
print(json.dumps({"name": "Ada"}) == json.dumps({Field.NAME.value: "Ada"}))
print(Field.NAME == "name", "name" == Field.NAME, Field.NAME != "email")
print(hash(Field.AGE) == hash("age"))
print("age" in record, Field("age") in record)
print(sys.getrefcount(Field.NAME))
