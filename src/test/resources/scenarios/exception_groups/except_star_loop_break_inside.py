# A loop inside an except* block may break; handlers run once per try, in order
def tally(eg):
    counts = {}
    for e in eg.exceptions:
        name = type(e).__name__
        counts[name] = counts.get(name, 0) + 1
        if len(counts) > 3:
            break
    return counts

for round_ in range(2):
    try:
        raise ExceptionGroup(f"round {round_}", [ValueError(i) for i in range(round_ + 2)] + [KeyError("x")])
    except* ValueError as eg:
        found = []
        for e in eg.exceptions:
            if e.args[0] == 1:
                found.append(e)
                break
        print("round", round_, tally(eg), found)
    except* KeyError as eg:
        print("round", round_, "keys", eg.exceptions)
