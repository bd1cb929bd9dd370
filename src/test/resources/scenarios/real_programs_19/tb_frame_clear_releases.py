# frame.clear() drops a finished frame's locals even while a traceback
# still refers to the frame.
import weakref


class Heavy:
    pass


refs = []


def fail():
    big = Heavy()
    refs.append(weakref.ref(big))
    raise KeyError("missing")


try:
    fail()
except KeyError as e:
    saved = e

print("alive:", refs[0]() is not None)
tb = saved.__traceback__
while tb.tb_next is not None:
    tb = tb.tb_next
print("innermost function:", tb.tb_frame.f_code.co_name)
tb.tb_frame.clear()
print("after frame.clear():", refs[0]() is not None)
