package com.studyhall.storage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keeps files in a directory ({@code app.storage.dir}). Keys are random UUIDs, so a key from a
 * request can never walk out of the directory; a file appears under its key only once it is
 * complete (written to a temporary name, then moved).
 */
@Component
class DirectoryFileStore implements FileStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path directory;

    DirectoryFileStore(@Value("${app.storage.dir:./data/files}") Path directory) throws IOException {
        this.directory = Files.createDirectories(directory.toAbsolutePath().normalize());
    }

    @Override
    public String put(InputStream content, long maxBytes) throws IOException {
        String key = UUID.randomUUID().toString();
        Path partial = directory.resolve(key + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read; (read = content.read(buffer)) != -1; ) {
                total += read;
                if (total > maxBytes) {
                    throw new FileTooLargeException(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, directory.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    @Override
    public Optional<Resource> get(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(key);
        return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
    }

    @Override
    public void delete(String key) throws IOException {
        if (key != null && KEY.matcher(key).matches()) {
            Files.deleteIfExists(directory.resolve(key));
        }
    }
}
