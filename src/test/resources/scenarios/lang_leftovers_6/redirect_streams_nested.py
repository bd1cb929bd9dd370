# redirect_stderr and redirect_stdout nest: each exit puts back the stream it replaced; stdout can
# be sent to sys.stderr's target, and a redirect to None silences print.
import contextlib
import io
import sys

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("oops", file=sys.stderr)
    with contextlib.redirect_stdout(sys.stderr):
        print("nested goes to err")
        sys.stdout.write("written too\n")
    print("back on stdout")
print(repr(err.getvalue()))
with contextlib.redirect_stdout(None):
    print("nobody hears this")
print("done", sys.getrefcount(err))
log = io.StringIO()
redirect = contextlib.redirect_stdout(log)
with redirect:
    print("first")
with redirect:
    print("second")
print(log.getvalue().split(), sys.getrefcount(log))
