import sys


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        sys.stderr.write("could not parse " + repr(text) + "\n")
        raise RuntimeError("bad configuration") from e


print(parse("12"))
parse("twelve")
