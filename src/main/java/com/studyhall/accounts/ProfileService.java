package com.studyhall.accounts;

import com.studyhall.storage.FileStore;
import com.studyhall.storage.FileTooLargeException;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * A person's public profile: the short bio and photo that their course pages show. The photo is
 * a PNG or JPEG of at most {@link #MAX_PHOTO_BYTES}, recognised by its first bytes (not by the
 * name or the type the browser claims); without one, pages draw an initials avatar.
 */
@Service
public class ProfileService {

    public static final int MAX_BIO = 600;
    public static final long MAX_PHOTO_BYTES = 1024 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** A stored photo and its media type. */
    public record Photo(Resource file, String contentType) {
    }

    private final UserAccountRepository users;
    private final FileStore files;

    ProfileService(UserAccountRepository users, FileStore files) {
        this.users = users;
        this.files = files;
    }

    @Transactional(readOnly = true)
    public UserAccount account(long userId) {
        return users.findById(userId).orElseThrow();
    }

    @Transactional
    public void changeBio(long userId, String bio) {
        account(userId).changeBio(bio);
    }

    /** Keeps the upload as the new photo and drops the old one; refuses what is not a small PNG or JPEG. */
    @Transactional
    public void changePhoto(long userId, InputStream upload) throws IOException {
        byte[] head = upload.readNBytes(4);
        String type = startsWith(head, PNG) ? "image/png" : startsWith(head, JPEG) ? "image/jpeg" : null;
        if (type == null) {
            throw new PhotoRejectedException("The photo must be a PNG or JPEG image.");
        }
        String key;
        try {
            key = files.put(new java.io.SequenceInputStream(new ByteArrayInputStream(head), upload), MAX_PHOTO_BYTES);
        } catch (FileTooLargeException tooLarge) {
            throw new PhotoRejectedException("The photo must be at most 1 MB.");
        }
        UserAccount account = account(userId);
        String old = account.getPhotoKey();
        account.changePhoto(key, type);
        if (old != null) {
            files.delete(old);
        }
    }

    @Transactional
    public void removePhoto(long userId) throws IOException {
        UserAccount account = account(userId);
        String old = account.getPhotoKey();
        account.changePhoto(null, null);
        if (old != null) {
            files.delete(old);
        }
    }

    /** An instructor's photo; learners' photos are not public. */
    @Transactional(readOnly = true)
    public Optional<Photo> instructorPhoto(long userId) {
        return users.findById(userId)
                .filter(account -> account.hasRole(Role.INSTRUCTOR) && account.getPhotoKey() != null)
                .flatMap(account -> files.get(account.getPhotoKey())
                        .map(file -> new Photo(file, account.getPhotoContentType())));
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }
}
