import sys

message = "".join(["over", "flow\n"])
print(sys.getrefcount(message))
sys.stderr.write(message)
print(sys.getrefcount(message))
print(message, end="", file=sys.stderr)
print(sys.getrefcount(message))
lines = [message, message]
sys.stderr.writelines(lines)
print(sys.getrefcount(message))
del lines
print(sys.getrefcount(message))
