package com.studyhall.simulation.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studyhall.simulation.heap.PyRaise;
import org.junit.jupiter.api.Test;

/** str.encode / bytes.decode against python3 3.11's results (bytes written as latin-1 Java strings). */
class CodecsTest {
    @Test
    void utf8EncodesMultiByteCharactersAndDecodesThemBack() {
        String e = Codecs.encode("é€😀", "utf-8", "strict");
        assertThat(e).isEqualTo("\u00c3\u00a9\u00e2\u0082\u00ac\u00f0\u009f\u0098\u0080");
        assertThat(Codecs.decode(e, "UTF8", "strict")).isEqualTo("é€😀");
    }

    @Test
    void asciiEncodeErrorGroupsConsecutiveCharactersAsCPythonDoes() {
        assertThatThrownBy(() -> Codecs.encode("ab€€€", "ascii", "strict")).isInstanceOf(PyRaise.class)
                .hasMessage("UnicodeEncodeError: 'ascii' codec can't encode characters in position 2-4: ordinal not in range(128)");
        assertThatThrownBy(() -> Codecs.encode("café", "ascii", "strict"))
                .hasMessage("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 3: ordinal not in range(128)");
        assertThat(Codecs.encode("café €", "ascii", "replace")).isEqualTo("caf? ?");
        assertThat(Codecs.encode("café", "ascii", "ignore")).isEqualTo("caf");
    }

    @Test
    void utf8DecodeErrorsNameTheBadRangeAndTheReason() {
        assertThatThrownBy(() -> Codecs.decode("\u00ff", "utf-8", "strict"))
                .hasMessage("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
        assertThatThrownBy(() -> Codecs.decode("ab\u00e2\u0082", "utf-8", "strict"))
                .hasMessage("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 2-3: unexpected end of data");
        assertThatThrownBy(() -> Codecs.decode("ab\u00e2\u0082xy", "utf-8", "strict"))
                .hasMessage("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 2-3: invalid continuation byte");
        // A surrogate's encoding is refused at its second byte, as CPython does.
        assertThatThrownBy(() -> Codecs.decode("\u00ed\u00a0\u0080", "utf-8", "strict"))
                .hasMessage("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
    }

    @Test
    void replaceGivesOneReplacementCharacterPerBadRange() {
        assertThat(Codecs.decode("ab\u00e2\u0082xy\u00f0\u009f\u0098\u0080!", "utf-8", "replace")).isEqualTo("ab\ufffdxy😀!");
        assertThat(Codecs.decode("na\u00c3\u00afve", "ascii", "replace")).isEqualTo("na\ufffd\ufffdve");
    }

    @Test
    void unknownCodecsAreLookupErrorsAndTheLabKnowsCommonSpellings() {
        assertThat(Codecs.normalize("UTF_8")).isEqualTo("utf-8");
        assertThat(Codecs.normalize("Latin1")).isEqualTo("latin-1");
        assertThat(Codecs.normalize("utf-16")).isNull();
        assertThatThrownBy(() -> Codecs.decode("a", "koi8-r", "strict")).hasMessage("LookupError: unknown encoding: koi8-r");
    }
}
