# split() builds new groups with derive() and copies the traceback, cause, context and a copy of the notes to them
def fail():
    try:
        {}["missing"]
    except KeyError as ke:
        raise ExceptionGroup("work", [ValueError(1), TypeError(2)]) from ke

try:
    fail()
except ExceptionGroup as eg:
    eg.add_note("seen by the caller")
    match, rest = eg.split(ValueError)
    for part in (match, rest):
        print(repr(part), part.__traceback__ is eg.__traceback__)
        print(" cause", repr(part.__cause__), part.__cause__ is eg.__cause__)
        print(" context", part.__context__ is eg.__context__, part.__suppress_context__)
        print(" notes", part.__notes__, part.__notes__ is eg.__notes__)
    d = eg.derive([OSError("x")])
    print(repr(d), d.__traceback__, d.__cause__, hasattr(d, "__notes__"))
