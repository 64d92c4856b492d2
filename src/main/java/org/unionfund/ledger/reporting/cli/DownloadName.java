package org.unionfund.ledger.reporting.cli;

import java.nio.file.Path;

import org.springframework.http.ContentDisposition;

/**
 * The local file name of a download: the server's {@code Content-Disposition} file name (plain, RFC 5987 or RFC 2047
 * encoded), reduced to its last path element so a reply can never write outside the working directory.
 */
final class DownloadName {

    private DownloadName() {
    }

    static String of(String contentDisposition, String fallback) {
        if (contentDisposition == null || contentDisposition.isBlank()) {
            return fallback;
        }
        try {
            String name = ContentDisposition.parse(contentDisposition).getFilename();
            if (name == null || name.isBlank()) {
                return fallback;
            }
            Path file = Path.of(name.replace('\\', '/')).getFileName();
            String plain = file == null ? "" : file.toString();
            return plain.isBlank() || plain.equals("..") || plain.equals(".") ? fallback : plain;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
