package com.studyhall.accounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * Two-factor sign-in with TOTP codes and single-use recovery codes: setting it up, checking
 * codes (each accepted code only once) and turning it off.
 */
@Service
public class SecondFactorService {

    /** One step either side of now, for phones whose clocks are a little off. */
    static final int TOLERANCE_STEPS = 1;
    static final String ISSUER = "Studyhall";
    /** The authority a session gains once a TOTP or recovery code has been checked in it. */
    public static final String TOTP_FACTOR = "FACTOR_TOTP";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TotpCredentialRepository credentials;
    private final RecoveryCodeRepository recoveryCodes;
    private final UserAccountRepository users;
    private final TotpClock clock;

    SecondFactorService(TotpCredentialRepository credentials, RecoveryCodeRepository recoveryCodes,
                        UserAccountRepository users, TotpClock clock) {
        this.credentials = credentials;
        this.recoveryCodes = recoveryCodes;
        this.users = users;
        this.clock = clock;
    }

    /** What a new session needs to know: the generation it starts in. */
    public record Enrollment(List<String> recoveryCodes, long sessionGeneration) {
    }

    @Transactional(readOnly = true)
    public boolean isEnabled(long userId) {
        return credentials.existsByUserIdAndEnabledTrue(userId);
    }

    @Transactional(readOnly = true)
    public long unusedRecoveryCodes(long userId) {
        return recoveryCodes.countUnused(userId);
    }

    /** The secret being set up, made on first call; the same one until it is confirmed. */
    @Transactional
    public String pendingSecret(long userId) {
        var existing = credentials.findById(userId);
        if (existing.isPresent() && existing.get().isEnabled()) {
            throw new IllegalStateException("two-factor sign-in is already on");
        }
        return existing.orElseGet(() -> credentials.save(new TotpCredential(userId, newSecret(), clock.now())))
                .getSecret();
    }

    /**
     * Turns two-factor sign-in on when the code matches the pending secret. Every other session of
     * the account ends, and the caller's session moves to the returned generation.
     */
    @Transactional
    public Optional<Enrollment> confirm(long userId, String code) {
        var credential = credentials.findById(userId).filter(c -> !c.isEnabled());
        if (credential.isEmpty() || !acceptTotp(userId, credential.get().getSecret(), code)) {
            return Optional.empty();
        }
        credentials.findById(userId).orElseThrow().enable();
        List<String> codes = replaceRecoveryCodes(userId);
        var user = users.findById(userId).orElseThrow();
        user.endAllSessions();
        return Optional.of(new Enrollment(codes, user.getSessionGeneration()));
    }

    /**
     * New recovery codes in place of every old one, once a code from the app (or a recovery code)
     * shows the phone is at hand; empty when two-factor sign-in is off or the code is wrong.
     */
    @Transactional
    public Optional<List<String>> regenerateRecoveryCodes(long userId, String code) {
        if (!isEnabled(userId) || !verify(userId, code)) {
            return Optional.empty();
        }
        return Optional.of(replaceRecoveryCodes(userId));
    }

    /** A 6-digit TOTP code or an unused recovery code; either works only once. */
    @Transactional
    public boolean verify(long userId, String codeOrRecoveryCode) {
        if (codeOrRecoveryCode == null) {
            return false;
        }
        String input = codeOrRecoveryCode.strip();
        var credential = credentials.findById(userId).filter(TotpCredential::isEnabled);
        if (credential.isEmpty()) {
            return false;
        }
        if (input.matches("\\d{6}")) {
            return acceptTotp(userId, credential.get().getSecret(), input);
        }
        return recoveryCodes.spend(userId, RecoveryCodes.hash(input), clock.now()) == 1;
    }

    @Transactional
    public void turnOff(long userId) {
        credentials.deleteById(userId);
        recoveryCodes.deleteAllOf(userId);
    }

    /** For the demo data: a known secret, already confirmed, so a person can add it to an app. */
    @Transactional
    public void enrollWithKnownSecret(long userId, String base32Secret) {
        if (credentials.existsById(userId)) {
            return;
        }
        var credential = new TotpCredential(userId, base32Secret, clock.now());
        credential.enable();
        credentials.save(credential);
    }

    public static String otpauthUri(String email, String secret) {
        String label = URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private boolean acceptTotp(long userId, String secret, String code) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return false;
        }
        byte[] key = Base32.decode(secret);
        byte[] given = code.strip().getBytes(StandardCharsets.US_ASCII);
        long now = Totp.step(clock.now());
        for (long step = now - TOLERANCE_STEPS; step <= now + TOLERANCE_STEPS; step++) {
            byte[] expected = Totp.code(key, step, Totp.DIGITS).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, given)) {
                return credentials.claimStep(userId, step) == 1;
            }
        }
        return false;
    }

    private List<String> replaceRecoveryCodes(long userId) {
        recoveryCodes.deleteAllOf(userId);
        List<String> codes = RecoveryCodes.generate();
        codes.forEach(code -> recoveryCodes.save(new RecoveryCode(userId, RecoveryCodes.hash(code))));
        return codes;
    }

    private static String newSecret() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return Base32.encode(bytes);
    }

}
