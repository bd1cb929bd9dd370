# Notes in except* handlers: a bare raise of the match still counts as a re-raise (3.11 compares no notes), so the original group comes back with its notes
def load():
    problems = ExceptionGroup("load", [ValueError("row 3"), KeyError("id")])
    problems.add_note("source: users.csv")
    raise problems

try:
    try:
        load()
    except* ValueError as eg:
        print("match notes:", eg.__notes__)
        for e in eg.exceptions:
            e.add_note("checked by the validator")
        raise
except ExceptionGroup as final:
    print(repr(final), final.__notes__)
    for e in final.exceptions:
        print(" ", repr(e), getattr(e, "__notes__", None))
