# What a redirected stream answers (encoding, name, mode, isatty, fileno, writable, readable), that it is tracked, and that none of it allocates
import gc
import sys

out, err = sys.stdout, sys.stderr
print(out.encoding, out.name, out.mode, out.isatty(), out.fileno(), out.writable(), out.readable())
print(err.encoding, err.name, err.mode, err.isatty(), err.fileno(), err.writable(), err.readable())
print(repr(out), str(err) == repr(err), type(out).__name__, gc.is_tracked(out))
print(out.mode is err.mode, out.encoding == err.encoding, out == sys.__stdout__, out != err, bool(err))
gc.collect()
out.isatty(), out.fileno(), out.writable(), out.readable()
out.encoding, out.name, out.mode
print(gc.get_count())
gc.collect()
holder = [out, err]
holder.append(holder)
del holder
print(gc.get_count(), gc.collect(), sys.getrefcount(out), sys.getrefcount(err))
for check in (lambda: out.isatty(True), lambda: err.fileno(0), lambda: out.readable(x=1), lambda: out.write()):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
