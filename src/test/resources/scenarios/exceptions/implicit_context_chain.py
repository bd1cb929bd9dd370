# An exception raised in a handler gets the handled one as __context__, chaining several levels.
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            int("bad")
    except ValueError:
        [][1]
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(" <- ".join(chain))
