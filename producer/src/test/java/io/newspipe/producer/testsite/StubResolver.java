package io.newspipe.producer.testsite;

import io.newspipe.producer.guard.HostResolver;
import io.newspipe.producer.guard.IpLiterals;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A resolver answering from a table, recording every lookup; unknown names fail. Never asks DNS. */
public final class StubResolver implements HostResolver {
    private final Map<String, List<InetAddress>> table = new ConcurrentHashMap<>();
    private final List<String> lookups = Collections.synchronizedList(new ArrayList<>());

    public StubResolver map(String host, String... addresses) {
        List<InetAddress> list = new ArrayList<>();
        for (String a : addresses) {
            list.add(IpLiterals.parse(a).orElseThrow(() -> new IllegalArgumentException(a)));
        }
        table.put(host, List.copyOf(list));
        return this;
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        lookups.add(host);
        List<InetAddress> a = table.get(host);
        if (a == null) {
            throw new UnknownHostException(host);
        }
        return a;
    }

    public List<String> lookups() {
        synchronized (lookups) {
            return List.copyOf(lookups);
        }
    }
}
