package io.newspipe.producer.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads one HTTP/1.1 response: status line, headers, body framed by Content-Length, chunked encoding or
 * the end of the connection, content encoding (gzip, deflate) decoded, decoded bytes capped. Says whether
 * the connection can carry another request (body read to its framed end, no {@code Connection: close}).
 * Stateless and thread-safe.
 */
final class ResponseReader {
    /** A response and whether its connection may be reused. */
    record Response(HttpResult result, boolean reusable) {
    }

    private ResponseReader() {
    }

    static Response read(InputStream in, int maxBodyBytes) throws IOException {
        int status;
        Map<String, String> headers;
        do {
            status = status(HttpLines.readLine(in));
            headers = headers(in);
        } while (status >= 100 && status < 200);
        boolean keepAlive = !headers.getOrDefault("connection", "").toLowerCase(Locale.ROOT).contains("close");
        if (status == 204 || status == 304) {
            return new Response(new HttpResult(status, headers, new byte[0], false), keepAlive);
        }
        InputStream framed = framed(in, headers);
        InputStream body = decoded(framed, headers.getOrDefault("content-encoding", "identity"));
        HttpResult result = capped(status, headers, body, maxBodyBytes);
        boolean complete = !result.truncated() && (framed instanceof LimitedInputStream l && l.exhausted()
                || framed instanceof ChunkedInputStream c && c.finished());
        return new Response(result, keepAlive && complete);
    }

    private static int status(String line) throws IOException {
        String[] parts = line.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP status line: " + line);
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("bad status: " + line, e);
        }
    }

    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        int count = 0;
        for (String line = HttpLines.readLine(in); !line.isEmpty(); line = HttpLines.readLine(in)) {
            if (++count > 200) {
                throw new IOException("more than 200 response headers");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            headers.merge(name, value, (a, b) -> a + ", " + b);
        }
        return headers;
    }

    private static InputStream framed(InputStream in, Map<String, String> headers) throws IOException {
        String te = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
        if (te.contains("chunked")) {
            return new ChunkedInputStream(in);
        }
        String length = headers.get("content-length");
        if (length != null) {
            try {
                return new LimitedInputStream(in, Long.parseLong(length.split(",")[0].strip()));
            } catch (NumberFormatException e) {
                throw new IOException("bad content-length: " + length, e);
            }
        }
        return in;
    }

    private static InputStream decoded(InputStream body, String encoding) throws IOException {
        String e = encoding.strip().toLowerCase(Locale.ROOT);
        switch (e) {
            case "", "identity":
                return body;
            case "gzip", "x-gzip":
                return new GZIPInputStream(body, 8192);
            case "deflate":
                PushbackInputStream p = new PushbackInputStream(body, 1);
                int first = p.read();
                if (first >= 0) {
                    p.unread(first);
                }
                // servers send either zlib-wrapped (first byte 0x?8, usually 0x78) or raw deflate
                boolean zlib = first >= 0 && (first & 0x0F) == 8;
                return new InflaterInputStream(p, new Inflater(!zlib), 8192);
            default:
                throw new SocketHttpClient.UnsupportedEncodingException(encoding);
        }
    }

    private static HttpResult capped(int status, Map<String, String> headers, InputStream body, int max)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 64 * 1024));
        byte[] buf = new byte[16 * 1024];
        boolean truncated = false;
        while (true) {
            int n = body.read(buf, 0, buf.length);
            if (n < 0) {
                break;
            }
            int room = max - out.size();
            if (n > room) {
                out.write(buf, 0, room);
                truncated = true;
                break;
            }
            out.write(buf, 0, n);
        }
        return new HttpResult(status, headers, out.toByteArray(), truncated);
    }
}
