import gc

# test_gc: test_callback (script form): callbacks see each phase and the info dict
visits = []

def cb(phase, info):
    visits.append((phase, info["generation"], info["collected"], info["uncollectable"]))

class Uncollectable:
    def __init__(self, partner=None):
        self.partner = partner or Uncollectable(self)

gc.collect()
gc.callbacks.append(cb)
try:
    Uncollectable()
    gc.collect()
    gc.collect(1)
finally:
    gc.callbacks.remove(cb)
for phase, gen, collected, uncollectable in visits:
    print(phase, gen, collected, uncollectable)
assert len(visits) == 4
assert [v[0] for v in visits] == ["start", "stop", "start", "stop"]
print("phases ok; garbage:", gc.garbage)
