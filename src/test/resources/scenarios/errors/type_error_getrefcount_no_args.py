# sys.getrefcount needs exactly one argument.
import sys
print("calling")
sys.getrefcount()
