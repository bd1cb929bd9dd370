# The levels of the limit one round spends, measured as the room left for plain recursion: a call of
# format, print or str spends one more until the code is quickened and the call site specializes.
import sys
sys.setrecursionlimit(200)
def room(n=0):
    try:
        return room(n + 1)
    except RecursionError:
        return n
log = []
class Fm:
    def __format__(self, spec):
        log.append(room())
        if len(log) < 25: return format(self, spec)
        return ""
class P:
    def __str__(self):
        log.append(room())
        if len(log) < 25: print(self)
        return ""
class S:
    def __str__(self):
        log.append(room())
        if len(log) < 25: return str(self)
        return ""
class G:
    def __getitem__(self, k):
        log.append(room())
        if len(log) < 25: return self[k]
        return ""
for name, f in [("format", lambda: format(Fm(), "")), ("print", lambda: print(P(), end="")), ("str", lambda: str(S())), ("getitem", lambda: G()[0])]:
    log = []
    f()
    print(name, [a - b for a, b in zip(log, log[1:])])
