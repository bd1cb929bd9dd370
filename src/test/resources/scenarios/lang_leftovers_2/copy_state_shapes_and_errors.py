# __getstate__ results copy.py handles without __setstate__: a dict, a (dict, slot-state) pair, None; a non-mapping state, and exceptions from either hook reach the caller
import copy


class Pair:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {"x": self.x}, {"y": self.x + 1}


class Nothing:
    def __init__(self):
        self.x = 5

    def __getstate__(self):
        return None


class Number:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return 5


class Strict:
    def __init__(self):
        self.x = 1

    def __setstate__(self, state):
        raise ValueError("refusing " + ", ".join(state))


class Inherits(Pair):
    pass


print(vars(copy.copy(Pair())), vars(copy.deepcopy(Inherits())), vars(copy.copy(Nothing())))
for make in (Number, Strict):
    for copier in (copy.copy, copy.deepcopy):
        try:
            copier(make())
        except (TypeError, ValueError) as e:
            print(copier.__name__, type(e).__name__, e)
