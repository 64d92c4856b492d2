package org.unionfund.ledger.platform.eventstore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash scheme of the event log (docs/audit.md, "Hash scheme"), version {@value #SCHEME}.
 * <p>
 * Every hashed record has a <em>canonical line</em>: compact JSON whose last member is {@code "hash"}. Its hash is
 * SHA-256 over the UTF-8 bytes of that line with the final {@code ,"hash":"<64 hex>"} removed, written as 64
 * lower-case hex digits. The NDJSON export writes exactly these lines, so anyone can recompute a hash from an
 * exported line with {@code sed} and {@code sha256sum}.
 * <pre>
 * event:  {"kind":"event","commit":C,"gseq":G,"aggregateType":…,"aggregateId":…,"seq":…,"eventId":…,"type":…,
 *          "revision":…,"timestamp":…,"payload":…,"metadata":…,"prev":"P","hash":"H"}
 * commit: {"kind":"commit","commit":C,"last":L,"recordedAt":"R","voided":…,"events":["H1",…],"hash":"H"}
 * </pre>
 * An event's {@code prev} is the hash of the previous event of the same aggregate (sequence number − 1), or
 * {@link #GENESIS} for an aggregate's first event and for events without an aggregate: one chain per aggregate, so
 * several writers never wait for each other. A commit's {@code events} are the hashes of its events in order.
 */
public final class ChainHash {

    public static final String SCHEME = "ledger-chain-v1";
    /** The {@code prev} of an aggregate's first event: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);
    public static final int HEX_LENGTH = 64;
    /** A hash's length in bytes, as stored in the commit's {@code hashes} and {@code prevs} binaries. */
    public static final int BYTES = 32;

    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(ChainHash::newDigest);
    private static final byte[] EVENT_START = ascii("{\"kind\":\"event\",\"commit\":");
    private static final byte[] GSEQ = ascii(",\"gseq\":");
    private static final byte[] PREV = ascii(",\"prev\":\"");
    private static final byte[] HASH = ascii(",\"hash\":\"");
    private static final byte[] END = ascii("\"}");

    private ChainHash() {
    }

    /** The event's canonical line without its hash, i.e. the bytes its hash is computed over. */
    static byte[] eventLine(long commit, long gseq, byte[] body, String prev) {
        return eventLine(commit, gseq, body, prev, null);
    }

    /** The event's canonical line; with {@code hash} null, the bytes its hash is computed over. */
    static byte[] eventLine(long commit, long gseq, byte[] body, String prev, String hash) {
        CanonicalJson.Sink line = new CanonicalJson.Sink(body.length + 240);
        line.raw(EVENT_START).number(commit).raw(GSEQ).number(gseq);
        if (body.length > 0) {
            line.raw((byte) ',').raw(body);
        }
        line.raw(PREV).ascii(prev);
        if (hash != null) {
            line.raw((byte) '"').raw(HASH).ascii(hash);
        }
        line.raw(END);
        return line.toByteArray();
    }

    static String eventHash(long commit, long gseq, byte[] body, String prev) {
        return HEX.formatHex(eventDigest(commit, gseq, body, prev));
    }

    /** The event hash's 32 bytes. */
    static byte[] eventDigest(long commit, long gseq, byte[] body, String prev) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        byte[] number = ascii(Long.toString(commit));
        digest.update(EVENT_START);
        digest.update(number);
        digest.update(GSEQ);
        digest.update(ascii(Long.toString(gseq)));
        if (body.length > 0) {
            digest.update((byte) ',');
            digest.update(body);
        }
        digest.update(PREV);
        digest.update(ascii(prev));
        digest.update(END);
        return digest.digest();
    }

    /** The commit's canonical line; with {@code hash} null, the bytes its hash is computed over. */
    public static byte[] commitLine(long commit, long last, Instant recordedAt, String voided, List<String> events,
                                    String hash) {
        CanonicalJson.Sink line = new CanonicalJson.Sink(120 + 67 * events.size());
        line.ascii("{\"kind\":\"commit\",\"commit\":").number(commit).ascii(",\"last\":").number(last)
            .ascii(",\"recordedAt\":").string(recordedAt(recordedAt));
        if (voided != null) {
            line.ascii(",\"voided\":").string(voided);
        }
        line.ascii(",\"events\":[");
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                line.raw((byte) ',');
            }
            line.string(events.get(i));
        }
        line.raw((byte) ']');
        if (hash != null) {
            line.raw(HASH).ascii(hash).raw((byte) '"');
        }
        line.raw((byte) '}');
        return line.toByteArray();
    }

    public static String commitHash(long commit, long last, Instant recordedAt, String voided, List<String> events) {
        return sha256Hex(commitLine(commit, last, recordedAt, voided, events, null));
    }

    /** How a commit's recording time appears in its line: ISO-8601 UTC with milliseconds as stored. */
    public static String recordedAt(Instant recordedAt) {
        return Instant.ofEpochMilli(recordedAt.toEpochMilli()).toString();
    }

    /**
     * The line without its final {@code ,"hash":"<64 hex>"} member, or {@code null} if it does not end with one:
     * what a canonical line's hash is computed over.
     */
    public static byte[] withoutHash(byte[] line) {
        int length = line.length;
        int suffix = HASH.length + HEX_LENGTH + 2;
        if (length < suffix + 1 || line[length - 1] != '}' || line[length - 2] != '"') {
            return null;
        }
        int at = length - suffix;
        for (int i = 0; i < HASH.length; i++) {
            if (line[at + i] != HASH[i]) {
                return null;
            }
        }
        byte[] result = new byte[at + 1];
        System.arraycopy(line, 0, result, 0, at);
        result[at] = '}';
        return result;
    }

    public static String sha256Hex(byte[] data) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return HEX.formatHex(digest.digest(data));
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /**
     * The hashes held in a {@code hashes}/{@code prevs} binary, as hex (32 zero bytes are {@link #GENESIS}); null if
     * its length is not a multiple of 32.
     */
    public static List<String> split(byte[] binary) {
        if (binary.length % BYTES != 0) {
            return null;
        }
        List<String> hashes = new ArrayList<>(binary.length / BYTES);
        for (int at = 0; at < binary.length; at += BYTES) {
            hashes.add(HEX.formatHex(binary, at, at + BYTES));
        }
        return hashes;
    }

    /** A hash's 32 bytes. */
    public static byte[] bytes(String hex) {
        return HEX.parseHex(hex);
    }

    public static boolean isHash(String text) {
        if (text == null || text.length() != HEX_LENGTH) {
            return false;
        }
        for (int i = 0; i < HEX_LENGTH; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
