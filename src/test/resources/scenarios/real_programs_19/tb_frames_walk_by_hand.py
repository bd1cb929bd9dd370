# Walk a traceback by hand: each entry has its line number and its frame,
# each frame its function's code and a link to the frame that called it.
def parse(text):
    pieces = text.split(",")
    total = 0
    for p in pieces:
        total += int(p)
    return total


def load(lines):
    results = []
    for line in lines:
        results.append(parse(line))
    return results


try:
    load(["1,2", "3,x"])
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        print(frame.f_code.co_name, "line", tb.tb_lineno, "frame line", frame.f_lineno, "has caller:", frame.f_back is not None)
        tb = tb.tb_next
    print("message:", e)
