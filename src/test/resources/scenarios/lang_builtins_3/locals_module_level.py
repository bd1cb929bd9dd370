# At module level locals() and vars() are the module's dict, as globals() is.
import sys

total = 10
print(locals()["total"], "total" in vars(), "nothing" in locals())
locals()["extra"] = 5
print(extra)
vars()["total"] += 1
print(total, len(locals()) == len(globals()))
print(sys.getrefcount(locals()) == sys.getrefcount(globals()))
print(locals().get("missing", "default"), vars().pop("extra"))
print("extra" in globals())
