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
}
