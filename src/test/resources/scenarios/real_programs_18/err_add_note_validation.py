# 3.11's add_note: extra lines on an exception, shown under its message.
def parse_age(text):
    try:
        age = int(text)
    except ValueError as e:
        e.add_note(f"while parsing the age field {text!r}")
        raise
    if age < 0:
        raise ValueError("age must not be negative")
    return age

for raw in ["42", "-3", "forty"]:
    try:
        print(parse_age(raw))
    except ValueError as e:
        print("error:", e, "| notes:", getattr(e, "__notes__", []))

def validate(record):
    problems = []
    if not record.get("name"):
        problems.append("name is empty")
    if not isinstance(record.get("age"), int):
        problems.append("age must be an int")
    if record.get("email", "").count("@") != 1:
        problems.append("email needs one @")
    if problems:
        err = ValueError(f"record {record.get('id')} is invalid")
        for p in problems:
            err.add_note(p)
        raise err

records = [
    {"id": 1, "name": "Ana", "age": 30, "email": "ana@x.org"},
    {"id": 2, "name": "", "age": "30", "email": "bo.x.org"},
    {"id": 3, "name": "Cy", "age": 4.5, "email": "cy@x.org"},
]
for r in records:
    try:
        validate(r)
        print(r["id"], "ok")
    except ValueError as e:
        print(e, e.__notes__)

err = RuntimeError("outer")
err.add_note("first note")
err.add_note("second note")
raise err
