package com.studyhall.authoring;

import java.util.Optional;

/**
 * Recognizes the audio formats the studio accepts from a file's first bytes, whatever name or
 * type the browser claims: MP3 (an ID3 tag or an MPEG frame sync), Ogg, M4A (an ISO "ftyp" box)
 * and WAV (RIFF....WAVE).
 */
enum AudioFormat {
    MP3("audio/mpeg"), OGG("audio/ogg"), M4A("audio/mp4"), WAV("audio/wav");

    /** How many leading bytes {@link #detect} needs. */
    static final int HEAD_LENGTH = 12;

    final String contentType;

    AudioFormat(String contentType) {
        this.contentType = contentType;
    }

    static Optional<AudioFormat> detect(byte[] head) {
        if (startsWith(head, 0, "ID3") || isMpegFrameSync(head)) {
            return Optional.of(MP3);
        }
        if (startsWith(head, 0, "OggS")) {
            return Optional.of(OGG);
        }
        if (startsWith(head, 4, "ftyp")) {
            return Optional.of(M4A);
        }
        if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "WAVE")) {
            return Optional.of(WAV);
        }
        return Optional.empty();
    }

    // 11 set bits, then a layer that is not "reserved" (00): MPEG audio, not AAC's ADTS (layer 00).
    private static boolean isMpegFrameSync(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0 && (head[1] & 0x06) != 0;
    }

    private static boolean startsWith(byte[] bytes, int offset, String ascii) {
        if (bytes.length < offset + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[offset + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
