# Reformatting dates and extracting numbers from CSV-like text.
import re

rows = """id,name,joined,score
1,Ana,2021-03-04,88.5
2,Ben,2020-12-25,91
3,Cy,not-a-date,77.25
4,Dee,1999-01-31,-3"""
for line in rows.splitlines()[1:]:
    fields = re.split(r",", line)
    date = re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", fields[2])
    score = re.fullmatch(r"-?\d+(?:\.\d+)?", fields[3])
    print(fields[1], date, float(score.group()) if score else None)
nums = [float(x) for x in re.findall(r"-?\d+\.?\d*", rows)]
print(nums, sum(nums))
dates = re.findall(r"(\d{4})-(\d\d)-(\d\d)", rows)
print(dates, sorted(dates)[0])
print(re.subn(r"^\d+,", "", rows, flags=re.M)[1])
