package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.runPatiently;
import static com.studyhall.simulation.EngineRuns.stdoutPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Leftover refusals turned into support, part 12 (issue 12); the figures are CPython 3.11.7's. */
class LeftoversThirteenTest {

    @Nested
    class UserCollections {
        @Test
        void aSubclassOfUserDictOverridesTheItemMethodsTheMixinsCall() {
            assertThat(stdoutPatiently("from collections import UserDict\nclass Lower(UserDict):\n"
                    + "    def __setitem__(self, k, v):\n        super().__setitem__(k.lower(), v)\n"
                    + "d = Lower({'A': 1}, B=2)\nd.update([('C', 3)])\nprint(d, len(d), 'a' in d, d.get('z', 0), d.data is d.copy().data)\n"))
                    .isEqualTo("{'a': 1, 'b': 2, 'c': 3} 3 True 0 False\n");
        }

        @Test
        void theClassesAreCollectionsOwnWithTheirMethodsNamedSo() {
            assertThat(stdoutPatiently("import collections, sys\nprint(collections.UserList, type(collections.UserString).__name__)\n"
                    + "print(collections.UserDict.__init__.__qualname__, collections.UserList.__rmul__.__qualname__)\n"
                    + "print(sys.getrefcount(collections.UserDict))\n"))
                    .isEqualTo("<class 'collections.UserList'> ABCMeta\nUserDict.__init__ UserList.__mul__\n5\n");
        }

        @Test
        void aUserListSliceAndAUserStringItemKeepTheClass() {
            assertThat(stdoutPatiently("from collections import UserList, UserString\nclass L(UserList): pass\n"
                    + "print(type(L([1, 2, 3])[1:]).__name__, L('ab') + 'c', type(UserString('xy')[0]).__name__, UserString('a') * 3)\n"))
                    .isEqualTo("L ['a', 'b', 'c'] UserString aaa\n");
        }

        @Test
        void gcCountsBesideThemAreRefusedAsBesideCollectionsAbc() {
            assertThat(messages(runPatiently("import gc\nfrom collections import UserDict\nd = UserDict(a=1)\nprint(gc.get_count())\n")))
                    .singleElement().asString().startsWith("line 4:").contains("abstract class");
        }
    }

    @Nested
    class Struct {
        @Test
        void packAndUnpackLayValuesOutAsCPythonWithNativeAlignment() {
            assertThat(stdoutPatiently("import struct\nprint(struct.pack('<hi', 1, -2), struct.calcsize('bhiq'), struct.calcsize('=bhiq'))\n"
                    + "print(struct.unpack('>Hd', struct.pack('>Hd', 513, 0.5)), struct.pack('<e', 1.5), struct.pack('3p', b'abc'))\n"))
                    .isEqualTo("b'\\x01\\x00\\xfe\\xff\\xff\\xff' 16 15\n(513, 0.5) b'\\x00>' b'\\x02ab'\n");
        }

        @Test
        void errorsAreStructErrorsWithCPythonsMessages() {
            assertThat(stdoutPatiently("import struct\nfor f, v in [('<h', 40000), ('<I', -1), ('i', 2 ** 31), ('<f', 1e300), ('<e', 2 ** 1000)]:\n"
                    + "    try:\n        struct.pack(f, v)\n    except (struct.error, OverflowError) as e:\n        print(type(e).__name__, e)\n"))
                    .isEqualTo("error short format requires -32768 <= number <= 32767\nerror argument out of range\n"
                            + "error 'i' format requires -2147483648 <= number <= 2147483647\n"
                            + "OverflowError float too large to pack with f format\nerror int too large to convert\n");
        }

        @Test
        void theCacheHoldsTheFormatAndCountsTheStructItCompiles() {
            assertThat(stdoutPatiently("import gc, struct, sys\nf = '<qq'\nn = sys.getrefcount(f)\ngc.collect()\n"
                    + "struct.pack(f, 1, 2)\nprint(sys.getrefcount(f) - n, gc.get_count())\n"))
                    .isEqualTo("1 (2, 0, 0)\n");
        }

        @Test
        void theStructClassAndIterUnpackAreRefusedBeforeTheFirstLine() {
            assertThat(messages(runPatiently("import struct\nprint(1)\ns = struct.Struct('i')\nfor t in struct.iter_unpack('h', b'ab'):\n    print(t)\n")))
                    .hasSize(2).anySatisfy(m -> assertThat(m).contains("'struct.Struct'"))
                    .anySatisfy(m -> assertThat(m).contains("'struct.iter_unpack'"));
        }
    }

    @Nested
    class WeakReferencesToClasses {
        @Test
        void aClassIsWeaklyReferencedByItsBasesRegistriesAndRefReturnsThatReference() {
            assertThat(stdoutPatiently("import weakref, sys\nclass A: pass\nclass B(A): pass\nclass M: pass\nclass C(A, M): pass\n"
                    + "print(weakref.getweakrefcount(A), weakref.getweakrefcount(B))\nr = weakref.ref(B)\n"
                    + "print(weakref.getweakrefcount(B), r is weakref.getweakrefs(B)[0], sys.getrefcount(r), sys.getrefcount(weakref.ref(C)))\n"
                    + "print(repr(r).endswith(' (B)>'))\n"))
                    .isEqualTo("1 1\n1 True 3 3\nTrue\n");
        }

        @Test
        void aBuiltinClassIsRefused() {
            assertThat(messages(runPatiently("import weakref\nprint(weakref.getweakrefcount(bool))\n")))
                    .singleElement().asString().contains("weakref.getweakrefcount of a builtin name");
        }
    }

    @Nested
    class LruCacheWindow {
        @Test
        void gcCountsAfterDecoratingAreRefusedUntilTheNextCollect() {
            String program = "import gc, functools\ngc.collect()\n@functools.lru_cache(maxsize=32)\ndef sq(n):\n    return n * n\n"
                    + "print(gc.get_count())\ngc.collect()\nprint(sq(3), gc.get_count())\n";
            assertThat(messages(runPatiently(program))).singleElement().asString().startsWith("line 6:").contains("functools.lru_cache");
            assertThat(stdoutPatiently(program.replace("print(gc.get_count())\ngc.collect()\n", "gc.collect()\n")))
                    .isEqualTo("9 (1, 0, 0)\n");
        }
    }
}
