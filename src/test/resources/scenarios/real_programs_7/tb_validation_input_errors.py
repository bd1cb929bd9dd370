class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

def parse_age(raw):
    try:
        age = int(raw)
    except ValueError:
        raise ValidationError("age", f"{raw!r} is not a number") from None
    if not 0 < age < 130:
        raise ValidationError("age", f"{age} out of range")
    return age

def parse_email(raw):
    if raw.count("@") != 1 or raw.startswith("@") or raw.endswith("@"):
        raise ValidationError("email", f"{raw!r} looks wrong")
    return raw.lower()

records = []
while True:
    line = input("name,age,email (blank to stop): ")
    if not line:
        break
    parts = [p.strip() for p in line.split(",")]
    if len(parts) != 3:
        print("  expected 3 fields, got", len(parts))
        continue
    name, age, email = parts
    try:
        records.append((name, parse_age(age), parse_email(email)))
        print("  saved", records[-1])
    except ValidationError as err:
        print("  rejected ->", err, f"(field={err.field})")
print(f"{len(records)} valid records")
for r in sorted(records, key=lambda r: r[1]):
    print(*r, sep=" | ")
