package org.unionfund.ledger.audit.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.unionfund.ledger.platform.eventstore.ChainHash;

/**
 * The key that signs checkpoints, anchors and year-close statements. It lives in files outside the store
 * ({@value #PRIVATE_FILE}, {@value #PUBLIC_FILE} in {@code ledger.audit.key-dir}); it is generated at the first
 * start if absent. Algorithms: {@code Ed25519} (default, JDK) or {@code SM2} (SM3withSM2, 国密, via BouncyCastle).
 * Anyone holding only the public key file can check a signature ({@link #verify(String, byte[], SealSignature)}).
 */
public final class SealKey {

    public static final String PRIVATE_FILE = "audit-signing.key";
    public static final String PUBLIC_FILE = "audit-signing.pub";
    private static final Provider BC = new BouncyCastleProvider();

    private final String algorithm;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    private SealKey(String algorithm, PrivateKey privateKey, PublicKey publicKey) {
        this.algorithm = algorithm;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = keyId(publicKey);
    }

    /** Loads the key pair from {@code dir}, generating and storing one with {@code algorithm} if there is none. */
    public static SealKey loadOrCreate(Path dir, String algorithm) {
        String alg = normalise(algorithm);
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Path publicFile = dir.resolve(PUBLIC_FILE);
        try {
            if (Files.exists(privateFile)) {
                String[] stored = Files.readString(privateFile, StandardCharsets.US_ASCII).trim().split("\n", 2);
                String storedAlg = normalise(stored[0].replace("algorithm:", "").trim());
                PrivateKey key = keyFactory(storedAlg).generatePrivate(new PKCS8EncodedKeySpec(pem(stored[1])));
                PublicKey pub = publicKey(Files.readString(publicFile, StandardCharsets.US_ASCII));
                return new SealKey(storedAlg, key, pub);
            }
            KeyPair pair = generate(alg);
            Files.createDirectories(dir);
            Files.writeString(publicFile, publicPem(pair.getPublic(), alg), StandardCharsets.US_ASCII);
            Path temp = Files.createTempFile(dir, "key", ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own permissions protect it
            }
            Files.writeString(temp, "algorithm: " + alg + "\n" + pemBlock("PRIVATE KEY", pair.getPrivate()
                    .getEncoded()), StandardCharsets.US_ASCII);
            Files.move(temp, privateFile);
            return new SealKey(alg, pair.getPrivate(), pair.getPublic());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the audit signing key in " + dir.toAbsolutePath(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the audit signing key in " + dir.toAbsolutePath() + " is unusable", e);
        }
    }

    public SealSignature sign(byte[] data) {
        try {
            Signature signer = signature(algorithm);
            signer.initSign(privateKey);
            signer.update(data);
            return new SealSignature(algorithm, keyId, Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    /** Whether {@code signature} is this key's over {@code data}. */
    public boolean verifies(byte[] data, SealSignature signature) {
        return signature != null && keyId.equals(signature.keyId()) && check(publicKey, data, signature);
    }

    /** Checks a signature with a public key file's content only (offline). */
    public static boolean verify(String publicKeyPem, byte[] data, SealSignature signature) {
        try {
            PublicKey key = publicKey(publicKeyPem);
            return signature != null && keyId(key).equals(signature.keyId()) && check(key, data, signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public String keyId() {
        return keyId;
    }

    public String algorithm() {
        return algorithm;
    }

    /** The public key file's content: PEM, preceded by its algorithm. */
    public String publicKeyPem() {
        return publicPem(publicKey, algorithm);
    }

    private static boolean check(PublicKey key, byte[] data, SealSignature signature) {
        try {
            Signature verifier = signature(normalise(signature.algorithm()));
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(Base64.getDecoder().decode(signature.value()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PublicKey publicKey(String file) throws GeneralSecurityException {
        String[] parts = file.trim().split("\n", 2);
        String alg = normalise(parts[0].replace("algorithm:", "").trim());
        return keyFactory(alg).generatePublic(new X509EncodedKeySpec(pem(parts[1])));
    }

    private static String publicPem(PublicKey key, String alg) {
        return "algorithm: " + alg + "\n" + pemBlock("PUBLIC KEY", key.getEncoded());
    }

    /** The first 16 hex digits of SHA-256 over the public key's encoding. */
    private static String keyId(PublicKey key) {
        return ChainHash.sha256Hex(key.getEncoded()).substring(0, 16);
    }

    private static KeyPair generate(String alg) throws GeneralSecurityException {
        if (alg.equals("SM2")) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec("sm2p256v1"));
            return generator.generateKeyPair();
        }
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static KeyFactory keyFactory(String alg) throws GeneralSecurityException {
        return alg.equals("SM2") ? KeyFactory.getInstance("EC", BC) : KeyFactory.getInstance("Ed25519");
    }

    private static Signature signature(String alg) throws GeneralSecurityException {
        return alg.equals("SM2") ? Signature.getInstance("SM3withSM2", BC) : Signature.getInstance("Ed25519");
    }

    private static String normalise(String algorithm) {
        String alg = algorithm == null ? "" : algorithm.trim();
        if (alg.equalsIgnoreCase("Ed25519")) {
            return "Ed25519";
        }
        if (alg.equalsIgnoreCase("SM2") || alg.equalsIgnoreCase("SM3withSM2")) {
            return "SM2";
        }
        throw new IllegalArgumentException("ledger.audit.signature-algorithm must be Ed25519 or SM2, not '"
                + algorithm + "'");
    }

    private static String pemBlock(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] pem(String block) {
        return Base64.getMimeDecoder().decode(block.replaceAll("-----[A-Z ]+-----", "").trim());
    }
}
