# A module-level loop: the module's RESUME and seven JUMP_BACKWARDs quicken its code, so the
# eighth str(token) runs PRECALL_NO_KW_STR_1, which calls __str__ with no argument tuple.
import sys


class Token:
    def __str__(self):
        return "refs=" + repr(sys.getrefcount(self))


token = Token()
for round_no in range(12):
    print(round_no, str(token))
