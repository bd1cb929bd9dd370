# Reading a multi-line text like a file: readline, iteration, tell and seek.
import io

data = io.StringIO("name,score\nada,91\nbob,78\n\ncai,85")
header = data.readline()
print(repr(header), data.tell())
for line in data:
    line = line.strip()
    if not line:
        print("(blank line)")
        continue
    name, score = line.split(",")
    print(name.title(), int(score) + 1)
print(repr(data.readline()), data.tell())
data.seek(0)
print(repr(data.read(4)), data.tell())
print(repr(data.readline(3)))
data.seek(0, 2)
print(data.tell(), repr(data.read()))
