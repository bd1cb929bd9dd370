package com.studyhall.storage;

import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Files kept outside the database (audio recordings), addressed by an opaque key. In the
 * {@code postgres} profile the directory is shared by every node.
 */
public interface FileStore {

    /**
     * Stores the bytes and returns the new file's key. Reads at most {@code maxBytes}; a longer
     * stream is refused with {@link FileTooLargeException} and nothing is kept.
     */
    String put(InputStream content, long maxBytes) throws IOException;

    /** The stored file, if the key names one. */
    Optional<Resource> get(String key);

    void delete(String key) throws IOException;
}
