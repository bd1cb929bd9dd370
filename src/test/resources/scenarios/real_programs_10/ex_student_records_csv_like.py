import sys
DATA = """id,name,math,physics,chemistry
1,Ann Lee,88,92,79
2,Bob Stone,75,68,81
3,Cara Diaz,95,99,97
4,Dan Wu,55,61,
5,Eve Park,82,abc,90"""

def parse(text):
    header, *rows = text.splitlines()
    fields = header.split(",")
    records = []
    for n, row in enumerate(rows, start=2):
        values = row.split(",")
        rec = dict(zip(fields, values))
        try:
            for subj in fields[2:]:
                if rec[subj] == "":
                    raise ValueError(f"missing {subj}")
                rec[subj] = int(rec[subj])
        except ValueError as e:
            print(f"row {n}: {e}", file=sys.stderr)
            continue
        rec["id"] = int(rec["id"])
        records.append(rec)
    return fields[2:], records

subjects, students = parse(DATA)
print(f"{len(students)} valid students; subjects: {', '.join(subjects)}")
for s in students:
    avg = sum(s[x] for x in subjects) / len(subjects)
    s["avg"] = avg
    best = max(subjects, key=lambda x: s[x])
    print(f"{s['id']:>2} {s['name']:<10} avg {avg:6.2f} best {best}")
top = sorted(students, key=lambda s: s["avg"], reverse=True)
print("ranking:", [s["name"].split()[0] for s in top])
for subj in subjects:
    scores = [s[subj] for s in students]
    print(f"{subj:<10} min {min(scores):>3} max {max(scores):>3} mean {sum(scores)/len(scores):7.3f}")
initials = {s["name"]: "".join(p[0] for p in s["name"].split()) for s in students}
print(initials)
