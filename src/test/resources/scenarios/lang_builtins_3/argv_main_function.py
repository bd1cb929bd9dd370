# The textbook main(argv=None) pattern with defaults when no arguments are given.
import sys


def main(argv=None):
    if argv is None:
        argv = sys.argv[1:]
    count = int(argv[0]) if argv else 3
    word = argv[1] if len(argv) > 1 else "hello"
    for i in range(count):
        print(i, word)
    return 0 if count > 0 else 1


if __name__ == "__main__":
    print(main(["2", "hi"]))
    sys.exit(main())
