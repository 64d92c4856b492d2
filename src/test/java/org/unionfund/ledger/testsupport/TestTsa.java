package org.unionfund.ledger.testsupport;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.util.CollectionStore;

import com.sun.net.httpserver.HttpServer;

/**
 * An RFC 3161 time-stamping authority inside the test: BouncyCastle's response generator behind a tiny HTTP server
 * on an ephemeral loopback port, with a self-signed RSA certificate for time stamping. No network.
 */
public final class TestTsa implements AutoCloseable {

    public static final String SUBJECT = "CN=Test TSA,O=Welfare Fund Ledger tests";

    private final HttpServer server;
    private final AtomicLong serial = new AtomicLong();
    private final AtomicLong stamped = new AtomicLong();

    public TestTsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Instant now = Instant.now();
            X509CertificateHolder certificate = new JcaX509v3CertificateBuilder(new X500Name(SUBJECT),
                    BigInteger.ONE, Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)),
                    new X500Name(SUBJECT), pair.getPublic())
                    .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                    .build("SHA256withRSA", pair.getPrivate(), new org.bouncycastle.cert.jcajce
                            .JcaX509CertificateConverter().getCertificate(certificate)),
                    new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(
                            OIWObjectIdentifiers.idSHA1)), new ASN1ObjectIdentifier("1.2.3.4.1"));
            tokens.addCertificates(new CollectionStore<>(List.of(certificate)));
            TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/tsa", exchange -> {
                try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                    TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
                    byte[] answer = responses.generate(request, BigInteger.valueOf(serial.incrementAndGet()),
                            new Date()).getEncoded();
                    stamped.incrementAndGet();
                    exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                    exchange.sendResponseHeaders(200, answer.length);
                    out.write(answer);
                } catch (Exception e) {
                    exchange.sendResponseHeaders(500, -1);
                }
            });
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test TSA", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
    }

    /** How many requests were answered with a token. */
    public long stamped() {
        return stamped.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
