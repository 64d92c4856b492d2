package org.unionfund.ledger.audit.seal;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * RFC 3161 time stamps: a client for a time-stamping authority (TSA) and the offline check of a token. A token
 * proves that the digest existed at the TSA's time; it is checked against the certificate it carries (whether to
 * trust that TSA is the auditor's call: the check names it).
 */
public final class TimestampTokens implements Timestamps {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final SecureRandom NONCES = new SecureRandom();

    private final URI tsa;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public TimestampTokens(URI tsa) {
        this.tsa = tsa;
    }

    /** The TSA of {@code url}, or {@link Timestamps#NONE} when it is blank (the default). */
    public static Timestamps of(String url) {
        return url == null || url.isBlank() ? Timestamps.NONE : new TimestampTokens(URI.create(url.trim()));
    }

    /** Asks the TSA; a TSA that cannot be reached or refuses is an error (a configured stamp is never skipped). */
    @Override
    public Optional<String> stamp(byte[] sha256) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(64, NONCES));
        try {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(tsa).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new Unavailable("the time-stamping authority " + tsa + " answered HTTP "
                        + answer.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new Unavailable("the time-stamping authority " + tsa + " refused: "
                        + response.getStatusString());
            }
            return Optional.of(Base64.getEncoder().encodeToString(response.getTimeStampToken().getEncoded()));
        } catch (IOException | TSPException e) {
            throw new Unavailable("no RFC 3161 timestamp from " + tsa + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while asking " + tsa + " for a timestamp");
        }
    }

    /** The configured TSA gave no token: the document is not issued without it. */
    public static final class Unavailable extends IllegalStateException {
        Unavailable(String message) {
            super(message);
        }
    }

    /** What a valid token says: when, and who stamped it (the subject of the TSA certificate in the token). */
    public record Stamp(Instant time, String authority) {
    }

    /** Checks a base64 token over {@code sha256}; throws {@link IllegalArgumentException} naming what failed. */
    public static Stamp verify(String base64Token, byte[] sha256) {
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(Base64.getDecoder().decode(base64Token)));
            if (!TSPAlgorithms.SHA256.equals(token.getTimeStampInfo().getMessageImprintAlgOID())
                    || !Arrays.equals(sha256, token.getTimeStampInfo().getMessageImprintDigest())) {
                throw new IllegalArgumentException("the token stamps another digest");
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certificates = token.getCertificates().getMatches(token.getSID());
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("the token carries no TSA certificate");
            }
            X509CertificateHolder certificate = certificates.iterator().next();
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate));
            return new Stamp(token.getTimeStampInfo().getGenTime().toInstant(), certificate.getSubject().toString());
        } catch (TSPException | CMSException | IOException | OperatorCreationException
                 | java.security.cert.CertificateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
