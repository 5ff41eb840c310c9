package io.newspipe.embedded;

import io.newspipe.embedded.BrokerProcess.PortTakenException;
import kafka.server.KafkaRaftServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrokerProcessTest {

    @Test
    void aTakenPortIsReportedAsSuchAndTheSameConfigStartsOnceItIsFree(@TempDir Path dir) throws Exception {
        Map<String, String> config;
        int port;
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Path logDir = Files.createDirectory(dir.resolve("logs"));
            port = taken.getLocalPort();
            config = new BrokerProperties(port, FreePorts.find(), logDir, Map.of()).toMap();
            LogDirFormatter.format(config, dir.resolve("server.properties"));

            assertThatThrownBy(() -> BrokerProcess.start(config)).isInstanceOf(PortTakenException.class);
        }
        // the failed start left nothing bound that would keep the same configuration from starting
        KafkaRaftServer server = BrokerProcess.startOnReleasedPorts(config);
        try {
            // the broker now holds the port that was taken
            assertThatThrownBy(() -> new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1")).close())
                    .isInstanceOf(BindException.class);
        } finally {
            BrokerProcess.stop(server);
        }
    }
}
