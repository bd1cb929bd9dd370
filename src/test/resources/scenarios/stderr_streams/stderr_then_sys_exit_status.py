import sys

if len(sys.argv) < 2:
    print("usage: stderr_then_sys_exit_status.py NAME", file=sys.stderr)
    print("  NAME  the person to greet", file=sys.stderr)
    sys.exit(2)
print("hello", sys.argv[1])
