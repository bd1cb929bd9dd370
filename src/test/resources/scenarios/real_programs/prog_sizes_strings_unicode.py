# string sizes depend on the widest character
import sys
for s in ["", "a", "abc", "é", "aé", "€", "a€", "😀", "a😀"]:
    print(f"{s!r:8} len={len(s)} size={sys.getsizeof(s)}")
print(sys.getsizeof("x" * 100) - sys.getsizeof("x" * 99))
print(sys.getsizeof("€" * 100) - sys.getsizeof("€" * 99))
