# Parsing comma-separated lines from a StringIO into a dict of lists.
import io
import sys

source = io.StringIO()
source.write("city,temp\n")
source.write("Oslo,-3\n")
source.write("Rome,14\n")
source.write("Lima,19\n")
source.seek(0)
header = source.readline().strip().split(",")
columns = {name: [] for name in header}
for line in source:
    values = line.strip().split(",")
    for name, value in zip(header, values):
        columns[name].append(value)
print(columns)
temps = [int(t) for t in columns["temp"]]
print(sum(temps) / len(temps), max(temps))
print(sys.getsizeof(columns["city"]), len(columns["city"]))
print(repr(source.read()), source.tell())
