SOURCE = """
; compute factorial of n and the first fibonacci numbers
        push 6
        store n
        push 1
        store acc
loop:   load n
        jz done
        load acc
        load n
        mul
        store acc
        load n
        push 1
        sub
        store n
        jmp loop
done:   load acc
        print
        push 0
        store a
        push 1
        store b
        push 8
        store k
fib:    load k
        jz end
        load a
        print
        load a
        load b
        dup
        store a
        add
        store b
        load k
        push 1
        sub
        store k
        jmp fib
end:    halt
"""


class VMError(Exception):
    pass


def assemble(text):
    program, labels = [], {}
    for raw in text.splitlines():
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if ":" in line:
            label, line = (part.strip() for part in line.split(":", 1))
            labels[label] = len(program)
        if line:
            op, *args = line.split()
            program.append((op, args[0] if args else None))
    resolved = []
    for op, arg in program:
        if op in ("jmp", "jz"):
            if arg not in labels:
                raise VMError(f"undefined label {arg!r}")
            arg = labels[arg]
        elif op == "push":
            arg = int(arg)
        resolved.append((op, arg))
    return resolved, labels


def run(program, limit=10_000):
    stack, memory, out, pc, steps = [], {}, [], 0, 0
    binary = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}
    while True:
        steps += 1
        if steps > limit:
            raise VMError("step limit exceeded")
        op, arg = program[pc]
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "dup":
            stack.append(stack[-1])
        elif op in binary:
            b, a = stack.pop(), stack.pop()
            stack.append(binary[op](a, b))
        elif op == "store":
            memory[arg] = stack.pop()
        elif op == "load":
            try:
                stack.append(memory[arg])
            except KeyError:
                raise VMError(f"read of unset variable {arg!r} at {pc - 1}") from None
        elif op == "jmp":
            pc = arg
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            return out, memory, steps
        else:
            raise VMError(f"unknown instruction {op!r}")


program, labels = assemble(SOURCE)
print(len(program), "instructions; labels", labels)
for i, (op, arg) in enumerate(program[:6]):
    print(f"{i:03d}  {op:<6}{'' if arg is None else arg}")
out, memory, steps = run(program)
print("output:", out)
print("memory:", dict(sorted(memory.items())), "steps:", steps)
for bad in ("push 1\njmp nowhere", "load x\nhalt", "push 1\nfrobnicate\nhalt", "top: jmp top"):
    try:
        run(assemble(bad)[0], limit=50)
    except VMError as e:
        print("VMError:", e)
