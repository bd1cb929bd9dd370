def numbers(lines):
    for line in lines:
        yield float(line)


def averages(values, window):
    buf = []
    for v in values:
        buf.append(v)
        if len(buf) > window:
            buf.pop(0)
        yield sum(buf) / len(buf)


data = ["3", "4.5", "6", "", "8"]
for i, avg in enumerate(averages(numbers(data), 2)):
    print(f"{i}: {avg:.2f}")
