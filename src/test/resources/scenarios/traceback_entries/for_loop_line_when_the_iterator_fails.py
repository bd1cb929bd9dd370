# The line of the loop itself is in the traceback when the iterator fails while the loop asks it
# for the next item (FOR_ITER), and the line of a while loop when its test fails.
import gc


def tick_until(limit):
    n = 0
    while True:
        n += 1
        if n > limit:
            raise RuntimeError(f"past {limit}")
        yield n


def lines(err):
    out = []
    tb = err.__traceback__
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


gc.collect()
try:
    for t in tick_until(2):
        total = t * 10
        total += 1
except RuntimeError as err:
    print(err, lines(err), gc.get_count())

calls = 0


def keep_going():
    global calls
    calls += 1
    if calls == 3:
        raise KeyError("third test")
    return True


try:
    while keep_going():
        step = calls
        step += 1
except KeyError as err:
    print(repr(err), lines(err), calls)

squares = (n * n // (3 - n) for n in range(5))
try:
    print(sum(squares))
except ZeroDivisionError as err:
    print(err, lines(err))
