# What a StringIO and printing into one allocate, seen through gc.get_count().
import gc
import io

gc.collect()
log = io.StringIO()
print("new StringIO:", gc.get_count())
gc.collect()
log.write("started\n")
print("write:", gc.get_count())
gc.collect()
print("step", 1, file=log)
print("print to it:", gc.get_count())
gc.collect()
text = log.getvalue()
print("getvalue:", gc.get_count())
gc.collect()
with io.StringIO() as scratch:
    scratch.write("x")
print("with block:", gc.get_count(), scratch.closed)
print(gc.is_tracked(log), text.count("\n"))
