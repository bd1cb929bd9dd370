# The traceback holds one entry per frame passed, outermost first, each with the line it was at.
def level3():
    x = 1
    return x / 0
def level2():
    return level3()
def level1():
    return level2()
try:
    level1()
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
    del tb
