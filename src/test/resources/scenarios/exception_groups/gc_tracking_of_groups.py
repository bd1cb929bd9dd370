# Groups are tracked containers; gc.get_referents shows the message, the tuple and then BaseException's fields
import gc
v = ValueError("x")
eg = ExceptionGroup("tracked", [v])
print(gc.is_tracked(eg), gc.is_tracked(eg.exceptions))
refs = gc.get_referents(eg)
print([type(r).__name__ for r in refs])
print(refs[0] is eg.message, refs[1] is eg.exceptions, refs[2] is eg.args)
