package io.newspipe.producer.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A minimal HTTP/1.1 client that connects to an address the caller has already checked (so DNS cannot
 * change between the guard's check and the connection), sends GETs on a kept-alive connection per
 * (address, port, host) that is reused only for that same checked address, and reads each response with a connect timeout, a read timeout, a total deadline and a body cap applied
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

    private static final long MAX_IDLE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(4);

    private final Connector connector;
    private final java.util.concurrent.ConcurrentHashMap<String, HttpConnection> idle =
            new java.util.concurrent.ConcurrentHashMap<>();

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
     * Performs a GET of {@code uri} on {@code address}, on the idle kept-alive connection to the same
     * address and host when there is one (a connection the server has meanwhile closed is replaced once).
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
        String key = (tls ? "https|" : "http|") + address.getHostAddress() + "|" + port + "|"
                + uri.getHost().toLowerCase(java.util.Locale.ROOT);
        byte[] request = request(uri, port, tls, headers).getBytes(StandardCharsets.ISO_8859_1);
        HttpConnection idleConnection = idle.remove(key);
        if (idleConnection != null && System.nanoTime() - idleConnection.idleSinceNanos < MAX_IDLE_NANOS) {
            try {
                return exchange(idleConnection, key, request, maxBodyBytes, timeouts);
            } catch (StaleConnectionException e) {
                // the server closed the idle connection before our request: open a new one below
            }
        } else if (idleConnection != null) {
            idleConnection.close();
        }
        return exchange(open(address, port, tls, uri.getHost(), timeouts), key, request, maxBodyBytes, timeouts);
    }

    private HttpConnection open(InetAddress address, int port, boolean tls, String host, Timeouts timeouts)
            throws IOException {
        Socket plain = connector.connect(new InetSocketAddress(address, port), (int) timeouts.connect().toMillis());
        try {
            plain.setSoTimeout((int) timeouts.read().toMillis());
            Socket socket = tls ? tls(plain, host, port) : plain;
            return new HttpConnection(plain, socket, (int) timeouts.read().toMillis());
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    private HttpResult exchange(HttpConnection c, String key, byte[] request, int maxBodyBytes, Timeouts timeouts)
            throws IOException {
        boolean keep = false;
        try {
            c.deadline(System.nanoTime() + timeouts.total().toNanos());
            try {
                c.out.write(request);
                c.out.flush();
                c.in.mark(1);
                if (c.in.read() < 0) {
                    throw new java.io.EOFException("connection closed before the response");
                }
                c.in.reset();
            } catch (IOException e) {
                if (c.reused && !(e instanceof java.net.SocketTimeoutException)) {
                    throw new StaleConnectionException(e);
                }
                throw e;
            }
            ResponseReader.Response response = ResponseReader.read(c.in, maxBodyBytes);
            keep = response.reusable();
            return response.result();
        } finally {
            if (keep) {
                c.reused = true;
                c.idleSinceNanos = System.nanoTime();
                HttpConnection previous = idle.put(key, c);
                if (previous != null) {
                    previous.close();
                }
            } else {
                c.close();
            }
        }
    }

    /** Closes the idle kept-alive connections. */
    public void closeIdle() {
        idle.values().removeIf(c -> {
            c.close();
            return true;
        });
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
        headers.forEach((k, v) -> b.append(clean(k)).append(": ").append(clean(v)).append("\r\n"));
        return b.append("\r\n").toString();
    }

    private static String hostHeader(String host) {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String clean(String s) {
        return s.replace('\r', ' ').replace('\n', ' ');
    }

    /** A kept-alive connection turned out to be closed by the server before it saw the request. */
    private static final class StaleConnectionException extends IOException {
        StaleConnectionException(IOException cause) {
            super("stale kept-alive connection", cause);
        }
    }

    /** The server used a content encoding this client did not ask for and cannot decode. */
    public static final class UnsupportedEncodingException extends IOException {
        public UnsupportedEncodingException(String encoding) {
            super("unsupported content-encoding: " + encoding);
        }
    }
}
