# A script run with no arguments: sys.argv holds only the script's name.
import sys

print(sys.argv)
print(len(sys.argv), sys.argv[1:], sys.argv[0].endswith(".py"))
name = sys.argv[0]
print(name.rsplit(".", 1)[0])
if len(sys.argv) > 1:
    print("arguments:", sys.argv[1:])
else:
    print("usage:", sys.argv[0], "FILE...")
for i, arg in enumerate(sys.argv):
    print(i, arg)
