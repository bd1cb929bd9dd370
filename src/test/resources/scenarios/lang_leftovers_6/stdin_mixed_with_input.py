# input() and sys.stdin read one stream: a line taken by one is gone for the other.
import sys

name = input("name? ")
rest = sys.stdin.readline()
age = int(input())
print(name, repr(rest), age)
print(sys.stdin.readlines())
try:
    input()
except EOFError as e:
    print("EOFError:", e)
