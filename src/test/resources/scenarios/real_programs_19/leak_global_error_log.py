# A global list of caught exceptions keeps every local of every frame the
# error passed through. frame.clear() on each finished frame releases the locals.
import weakref


class Blob:
    pass


error_log = []
probes = []


def level_three(n):
    blob = Blob()
    probes.append(weakref.ref(blob))
    raise RuntimeError("failure %d" % n)


def level_two(n):
    other = Blob()
    probes.append(weakref.ref(other))
    level_three(n)


for n in range(3):
    try:
        level_two(n)
    except RuntimeError as e:
        error_log.append(e)


def alive():
    return sum(1 for p in probes if p() is not None)


print("logged:", len(error_log), "blobs alive:", alive())
for e in error_log:
    tb = e.__traceback__.tb_next  # the first entry is this module's frame, still running
    while tb is not None:
        tb.tb_frame.clear()
        tb = tb.tb_next
print("after clearing each frame:", alive())
print("messages kept:", [str(e) for e in error_log])
