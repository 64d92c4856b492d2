package org.unionfund.ledger.platform.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of SCRAM-SHA-256 (RFC 5802, RFC 7677) for one user whose password exists only in this process.
 * Only the stored key and server key derived from it are kept. One {@link Conversation} per authentication attempt.
 */
final class ScramServer {

    static final String MECHANISM = "SCRAM-SHA-256";
    private static final int ITERATIONS = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final String user;
    private final byte[] salt = new byte[16];
    private final byte[] storedKey;
    private final byte[] serverKey;

    ScramServer(String user, String password) {
        this.user = user;
        RANDOM.nextBytes(salt);
        byte[] salted = pbkdf2(password, salt);
        this.storedKey = sha256(hmac(salted, "Client Key"));
        this.serverKey = hmac(salted, "Server Key");
    }

    Conversation start(byte[] clientFirst) {
        return new Conversation(new String(clientFirst, StandardCharsets.UTF_8));
    }

    /** One exchange: client-first, server-first, client-final, server-final. */
    final class Conversation {
        private final String clientFirstBare;
        private final String serverFirst;
        private final String nonce;
        private final boolean userMatches;

        private Conversation(String clientFirst) {
            if (!clientFirst.startsWith("n,,")) {
                throw new IllegalArgumentException("channel binding is not supported");
            }
            clientFirstBare = clientFirst.substring(3);
            String name = attribute(clientFirstBare, 'n');
            String clientNonce = attribute(clientFirstBare, 'r');
            userMatches = user.equals(name);
            byte[] serverNonce = new byte[24];
            RANDOM.nextBytes(serverNonce);
            nonce = clientNonce + B64.encodeToString(serverNonce);
            serverFirst = "r=" + nonce + ",s=" + B64.encodeToString(salt) + ",i=" + ITERATIONS;
        }

        byte[] serverFirst() {
            return serverFirst.getBytes(StandardCharsets.UTF_8);
        }

        /** The server-final message if the proof is right, else {@code null}. */
        byte[] finish(byte[] clientFinalBytes) {
            String clientFinal = new String(clientFinalBytes, StandardCharsets.UTF_8);
            int proofAt = clientFinal.lastIndexOf(",p=");
            if (proofAt < 0 || !nonce.equals(attribute(clientFinal, 'r'))) {
                return null;
            }
            String authMessage = clientFirstBare + "," + serverFirst + "," + clientFinal.substring(0, proofAt);
            byte[] proof = B64D.decode(clientFinal.substring(proofAt + 3));
            byte[] signature = hmac(storedKey, authMessage);
            if (proof.length != signature.length) {
                return null;
            }
            byte[] clientKey = new byte[proof.length];
            for (int i = 0; i < proof.length; i++) {
                clientKey[i] = (byte) (proof[i] ^ signature[i]);
            }
            if (!userMatches || !MessageDigest.isEqual(sha256(clientKey), storedKey)) {
                return null;
            }
            return ("v=" + B64.encodeToString(hmac(serverKey, authMessage))).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String attribute(String message, char name) {
        for (String part : message.split(",")) {
            if (part.length() >= 2 && part.charAt(0) == name && part.charAt(1) == '=') {
                return part.substring(2);
            }
        }
        throw new IllegalArgumentException("SCRAM message lacks " + name);
    }

    private static byte[] pbkdf2(String password, byte[] salt) {
        try {
            var spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
