# try/except, try/finally and with statements deepen a generator's stack (the exception, the one it
# replaced, the __exit__ method), so they make the generator bigger.
import sys
class Box:
    def __enter__(self): return self
    def __exit__(self, *a): return False
box = Box()
def w1():
    with box:
        yield 1
def w2(xs):
    for x in xs:
        with box as b:
            yield b
def w3():
    with box as a, box as b:
        yield a
def w4():
    with box as a:
        with box as b:
            try:
                yield a
            finally:
                pass
def w5(d):
    try:
        yield 1
    except KeyError:
        yield 2
    else:
        yield 3
def w6(xs):
    for x in xs:
        try:
            try:
                yield x
            except ValueError as e:
                yield e
        finally:
            yield 0
print([sys.getsizeof(g) for g in [w1(), w2([]), w3(), w4(), w5(1), w6([])]])
def h1():
    try:
        yield 1
    finally:
        pass
def h2():
    try:
        yield 1
    except KeyError:
        pass
def h3():
    try:
        yield 1
    except KeyError as e:
        pass
def h4():
    try:
        yield 1
    except:
        pass
def h5():
    try:
        yield 1
    finally:
        print(1, 2, 3)
def h6():
    try:
        pass
    except KeyError:
        yield 1
print([sys.getsizeof(g) - 168 for g in [h1(), h2(), h3(), h4(), h5(), h6()]])
