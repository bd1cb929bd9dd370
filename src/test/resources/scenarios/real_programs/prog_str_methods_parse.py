# parsing a CSV-ish log without the csv module
raw = """date,level,message
2024-01-01,INFO,started
2024-01-01,WARN,disk at 91%
2024-01-02,ERROR,crash: code=7
2024-01-02,INFO,restarted"""
header, *rows = raw.splitlines()
cols = header.split(",")
records = [dict(zip(cols, r.split(",", 2))) for r in rows]
print(cols, len(records))
levels = {}
for rec in records:
    levels.setdefault(rec["level"], []).append(rec["message"])
for lvl in ("ERROR", "WARN", "INFO"):
    print(f"{lvl:<6}|{'; '.join(levels.get(lvl, []))}")
errs = [r for r in records if r["level"] == "ERROR"]
code = errs[0]["message"].partition("code=")[2]
print(int(code) + 1, errs[0]["date"].replace("-", "/"))
print(max(records, key=lambda r: len(r["message"]))["message"].title())
print(sorted({r["date"] for r in records}), raw.count("\n"))
print("|".join(c.upper().center(9, ".") for c in cols))
