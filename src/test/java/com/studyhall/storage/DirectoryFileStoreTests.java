package com.studyhall.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryFileStoreTests {

    @TempDir
    Path directory;

    @Test
    void storesAndReadsBackByKey() throws Exception {
        var store = new DirectoryFileStore(directory);
        String key = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);
        assertThat(store.get(key)).hasValueSatisfying(r -> assertThat(r.exists()).isTrue());
        assertThat(Files.readAllBytes(directory.resolve(key))).containsExactly(1, 2, 3);
    }

    @Test
    void refusesOversizedFilesAndKeepsNothing() throws Exception {
        var store = new DirectoryFileStore(directory);
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[11]), 10))
                .isInstanceOf(FileTooLargeException.class);
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void keysThatAreNotItsOwnFindNothing() throws Exception {
        var store = new DirectoryFileStore(directory);
        assertThat(store.get("../../etc/passwd")).isEmpty();
        assertThat(store.get("00000000-0000-0000-0000-000000000000")).isEmpty();
    }
}
