package org.unionfund.ledger.platform.web.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.unionfund.ledger.security.LedgerSecurityProperties;
import org.unionfund.ledger.platform.web.security.SecurityProblems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies above {@code ledger.security.max-request-size} (default 1 MB; a 500-person enrolment
 * is about 150 KB) with 413 {@code payload-too-large} problem+json, before anything parses them: a declared
 * Content-Length above the limit is refused unread; a chunked body is read up to the limit and refused at the first
 * byte beyond it. Accepted bodies are handed on from memory. Endpoints that take large bodies have their own limit
 * ({@code ledger.security.request-size-exceptions}, by exact path; 0 streams the body unlimited, e.g. the
 * ADMIN-only audit import of a whole export). Runs right after the correlation-id filter, before authentication.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long defaultLimit;
    private final Map<String, Long> exceptions;

    public RequestSizeLimitFilter(LedgerSecurityProperties properties) {
        this.defaultLimit = properties.maxRequestSize().toBytes();
        this.exceptions = new java.util.HashMap<>();
        properties.requestSizeExceptions().forEach((path, size) -> exceptions.put(path, size.toBytes()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared == 0 || (declared < 0 && request.getHeader("Transfer-Encoding") == null)) {
            chain.doFilter(request, response);
            return;
        }
        long limit = exceptions.getOrDefault(request.getRequestURI().substring(request.getContextPath().length()),
                defaultLimit);
        if (limit <= 0) {
            chain.doFilter(request, response);
            return;
        }
        if (declared > limit) {
            tooLarge(request, response, limit);
            return;
        }
        byte[] body = read(request.getInputStream(), limit);
        if (body == null) {
            tooLarge(request, response, limit);
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        response.setHeader("Connection", "close");
        SecurityProblems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                "the request body is larger than " + limit + " bytes");
    }

    /** The body, or {@code null} when it is longer than the limit. */
    private static byte[] read(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
