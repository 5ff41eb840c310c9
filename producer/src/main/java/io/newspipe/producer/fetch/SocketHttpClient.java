package io.newspipe.producer.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A minimal HTTP/1.1 client that connects to an address the caller has already checked (so DNS cannot
 * change between the guard's check and the connection), sends one GET with {@code Connection: close},
 * and reads the response with a connect timeout, a read timeout, a total deadline and a body cap applied
 * to the decoded bytes (gzip and deflate content encodings are decoded, so a gzip bomb is cut at the cap).
 * Redirects are not followed: the caller checks every hop. HTTPS uses the JDK's default trust store with
 * host name verification and SNI. Thread-safe.
 */
public final class SocketHttpClient {
    /**
     * Opens the TCP connection to an already-checked address. The default connects a plain socket; tests
     * plug in one that records (and refuses) targets to prove nothing reaches a refused address.
     */
    @FunctionalInterface
    public interface Connector {
        Socket connect(InetSocketAddress target, int timeoutMillis) throws IOException;

        /**
         * A new direct socket (never through a system SOCKS proxy, which would connect to a host name
         * instead of the checked address) with TCP_NODELAY, connected with the timeout.
         */
        static Connector plain() {
            return (target, timeoutMillis) -> {
                Socket s = new Socket(java.net.Proxy.NO_PROXY);
                try {
                    s.setTcpNoDelay(true);
                    s.connect(target, timeoutMillis);
                    return s;
                } catch (IOException e) {
                    s.close();
                    throw e;
                }
            };
        }
    }

    private final Connector connector;

    public SocketHttpClient() {
        this(Connector.plain());
    }

    public SocketHttpClient(Connector connector) {
        this.connector = Objects.requireNonNull(connector, "connector");
    }

    /** Timeouts of one exchange. */
    public record Timeouts(Duration connect, Duration read, Duration total) {
        public Timeouts {
            Objects.requireNonNull(connect, "connect");
            Objects.requireNonNull(read, "read");
            Objects.requireNonNull(total, "total");
        }
    }

    /**
     * Performs a GET of {@code uri} on {@code address}.
     *
     * @param headers extra request headers (User-Agent, conditional headers)
     * @param maxBodyBytes the cap on decoded body bytes; beyond it the body is cut and marked truncated
     */
    public HttpResult get(URI uri, InetAddress address, Map<String, String> headers, int maxBodyBytes,
                          Timeouts timeouts) throws IOException {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(address, "address");
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        long deadline = System.nanoTime() + timeouts.total().toNanos();
        try (Socket plain = connector.connect(new InetSocketAddress(address, port),
                (int) timeouts.connect().toMillis())) {
            plain.setSoTimeout((int) timeouts.read().toMillis());
            Socket socket = tls ? tls(plain, uri.getHost(), port) : plain;
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request(uri, port, tls, headers).getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = new BufferedInputStream(new DeadlineInputStream(socket.getInputStream(), socket,
                        deadline, (int) timeouts.read().toMillis()), 16 * 1024);
                return read(in, maxBodyBytes);
            } finally {
                if (socket != plain) {
                    socket.close();
                }
            }
        }
    }

    private static Socket tls(Socket plain, String host, int port) throws IOException {
        SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, host, port, true);
        SSLParameters params = ssl.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        params.setServerNames(List.of(new SNIHostName(host)));
        ssl.setSSLParameters(params);
        ssl.startHandshake();
        return ssl;
    }

    private static String request(URI uri, int port, boolean tls, Map<String, String> headers) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        boolean defaultPort = port == (tls ? 443 : 80);
        StringBuilder b = new StringBuilder(256);
        b.append("GET ").append(target).append(" HTTP/1.1\r\n");
        b.append("Host: ").append(hostHeader(uri.getHost())).append(defaultPort ? "" : ":" + port).append("\r\n");
        b.append("Accept-Encoding: gzip, deflate\r\n");
        b.append("Connection: close\r\n");
        headers.forEach((k, v) -> b.append(clean(k)).append(": ").append(clean(v)).append("\r\n"));
        return b.append("\r\n").toString();
    }

    private static String hostHeader(String host) {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String clean(String s) {
        return s.replace('\r', ' ').replace('\n', ' ');
    }

    private static HttpResult read(InputStream in, int maxBodyBytes) throws IOException {
        int status;
        Map<String, String> headers;
        do {
            status = status(HttpLines.readLine(in));
            headers = headers(in);
        } while (status >= 100 && status < 200);
        if (status == 204 || status == 304) {
            return new HttpResult(status, headers, new byte[0], false);
        }
        InputStream body = framed(in, headers);
        body = decoded(body, headers.getOrDefault("content-encoding", "identity"));
        return capped(status, headers, body, maxBodyBytes);
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
                throw new UnsupportedEncodingException(encoding);
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

    /** The server used a content encoding this client did not ask for and cannot decode. */
    public static final class UnsupportedEncodingException extends IOException {
        public UnsupportedEncodingException(String encoding) {
            super("unsupported content-encoding: " + encoding);
        }
    }
}
