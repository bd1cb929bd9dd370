# copy.copy calls only __copy__, copy.deepcopy only __deepcopy__.
import copy

class Recorder:
    def __init__(self, log):
        self.log = log

    def __copy__(self):
        print("__copy__")
        return Recorder(self.log)

    def __deepcopy__(self, memo):
        print("__deepcopy__", len(memo))
        return Recorder(copy.deepcopy(self.log, memo))

r = Recorder(["start"])
s = copy.copy(r)
d = copy.deepcopy(r)
print(s.log is r.log, d.log is r.log, d.log == r.log)
nested = copy.deepcopy({"r": r, "log": r.log})
print(nested["r"].log is nested["log"], nested["log"] is r.log)
