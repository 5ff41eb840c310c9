package io.newspipe.streams.reliability;

import io.newspipe.streams.config.TopicNames;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Streams-app configurations and JVM options for child processes of the reliability tests. */
public final class ProcessConfigs {
    /** Small heap and C1 only: several JVMs share a 2-core machine with the broker. */
    public static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Dfile.encoding=UTF-8");

    private ProcessConfigs() {
    }

    /**
     * The configuration keys of one instance. The session timeout is the broker's minimum (6 s), so a
     * SIGKILLed member leaves the group in seconds, not the default 45 s.
     */
    public static Map<String, String> streams(String bootstrap, String appId, TopicNames topics, Path stateDir,
            int standbys, Map<String, String> extra) {
        Map<String, String> c = new HashMap<>();
        c.put("bootstrap.servers", bootstrap);
        c.put("application.id", appId);
        c.put("state.dir", stateDir.toString());
        c.put("topic.raw-pages", topics.rawPages());
        c.put("topic.articles", topics.articles());
        c.put("topic.duplicates", topics.duplicates());
        c.put("topic.dead-letters", topics.deadLetters());
        c.put("http.port", "-1");
        c.put("num.standby.replicas", Integer.toString(standbys));
        c.put("kafka.session.timeout.ms", "6000");
        c.put("kafka.heartbeat.interval.ms", "1500");
        c.putAll(extra);
        return c;
    }
}
