from dataclasses import dataclass, field
from typing import List, Tuple


@dataclass
class VM:
    code: List[Tuple[str, int]]
    stack: List[int] = field(default_factory=list)
    pc: int = 0
    trace: bool = False

    def run(self):
        steps = 0
        while self.pc < len(self.code):
            op, arg = self.code[self.pc]
            self.pc += 1
            steps += 1
            if op == "PUSH":
                self.stack.append(arg)
            elif op == "ADD":
                b, a = self.stack.pop(), self.stack.pop()
                self.stack.append(a + b)
            elif op == "MUL":
                b, a = self.stack.pop(), self.stack.pop()
                self.stack.append(a * b)
            elif op == "DUP":
                self.stack.append(self.stack[-1])
            elif op == "JNZ":
                if self.stack.pop():
                    self.pc = arg
            elif op == "DEC":
                self.stack[-1] -= 1
            elif op == "SWAP":
                self.stack[-1], self.stack[-2] = self.stack[-2], self.stack[-1]
            elif op == "PRINT":
                print("out:", self.stack[-1])
            else:
                raise ValueError("bad op " + op)
            if self.trace:
                print(f"  {op:<5} {arg!s:>3} {self.stack}")
        return steps


prog = [("PUSH", 2), ("PUSH", 3), ("ADD", 0), ("PUSH", 4), ("MUL", 0), ("PRINT", 0)]
vm = VM(prog, trace=True)
print("steps", vm.run())
# factorial of 5 using a countdown loop: acc n
fact = [("PUSH", 1), ("PUSH", 5),
        ("SWAP", 0), ("PUSH", 0), ("ADD", 0),   # no-op shuffle
        ("SWAP", 0), ("DUP", 0), ("SWAP", 0),
        ]
vm2 = VM([("PUSH", 3), ("DUP", 0), ("PRINT", 0), ("DEC", 0), ("DUP", 0), ("JNZ", 1)])
print("steps", vm2.run(), vm2.stack)
print(vm2 == VM(list(vm2.code), [0], 6))
print(repr(VM([("PUSH", 1)]))[:40])
