# Reading an argument that was not given: the IndexError CPython raises.
import sys


def get_input_file():
    try:
        return sys.argv[1]
    except IndexError as e:
        print("no file given:", e)
        return None


print(get_input_file())
print(sys.argv[-1] == sys.argv[0])
limit = int(sys.argv[2])
