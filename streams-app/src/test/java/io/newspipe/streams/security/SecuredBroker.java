package io.newspipe.streams.security;

import io.newspipe.embedded.EmbeddedKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * An embedded broker with a SASL/SCRAM-SHA-256 listener and ACLs enforced by KRaft's
 * {@code StandardAuthorizer}. The PLAINTEXT listener stays for the controller, the broker itself and
 * the test's admin, whose anonymous principal is the super user; applications connect to the SASL port
 * only, where nothing is allowed that an ACL does not grant.
 */
final class SecuredBroker implements AutoCloseable {
    static final String MECHANISM = "SCRAM-SHA-256";
    static final String JAAS_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule required";
    private final EmbeddedKafka kafka;
    private final int saslPort;

    private SecuredBroker(EmbeddedKafka kafka, int saslPort) {
        this.kafka = kafka;
        this.saslPort = saslPort;
    }

    static SecuredBroker start() {
        int saslPort = EmbeddedKafka.freePort();
        EmbeddedKafka kafka = EmbeddedKafka.start(Map.of(
                "listeners", "PLAINTEXT://127.0.0.1:${plaintext.port},CONTROLLER://127.0.0.1:${controller.port},"
                        + "SASL_PLAINTEXT://127.0.0.1:" + saslPort,
                "advertised.listeners", "PLAINTEXT://127.0.0.1:${plaintext.port},SASL_PLAINTEXT://127.0.0.1:" + saslPort,
                "sasl.enabled.mechanisms", MECHANISM,
                "listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config", JAAS_MODULE + ";",
                "authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users", "User:ANONYMOUS",
                "allow.everyone.if.no.acl.found", "false"));
        return new SecuredBroker(kafka, saslPort);
    }

    EmbeddedKafka kafka() {
        return kafka;
    }

    String saslBootstrap() {
        return "127.0.0.1:" + saslPort;
    }

    /** Creates a SCRAM user and waits until the broker (not only the controller) knows it. */
    void createUser(String user, String password) throws Exception {
        Admin admin = kafka.admin();
        admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 4096), password))).all().get();
        awaitTrue(() -> admin.describeUserScramCredentials().all().get().containsKey(user), "credential of " + user);
    }

    /** Allows {@code operations} on a resource to {@code user} and waits until the broker shows the ACLs. */
    void allow(String user, ResourceType type, String name, PatternType pattern, AclOperation... operations)
            throws Exception {
        List<AclBinding> bindings = java.util.Arrays.stream(operations)
                .map(op -> new AclBinding(new ResourcePattern(type, name, pattern),
                        new AccessControlEntry("User:" + user, "*", op, AclPermissionType.ALLOW)))
                .toList();
        kafka.admin().createAcls(bindings).all().get();
        awaitTrue(() -> kafka.admin().describeAcls(AclBindingFilter.ANY).values().get().containsAll(bindings),
                "ACLs of " + user);
    }

    /** Client properties for {@code user} on the SASL listener, with short timeouts for refusals. */
    Properties clientProps(String user, String password) {
        Properties p = new Properties();
        p.putAll(saslSettings(user, password));
        p.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return p;
    }

    /** The standard client security settings, as the app takes them (without the {@code kafka.} prefix). */
    Map<String, String> saslSettings(String user, String password) {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, saslBootstrap(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, MECHANISM,
                SaslConfigs.SASL_JAAS_CONFIG, JAAS_MODULE + " username=\"" + user + "\" password=\"" + password + "\";");
    }

    /** A condition polled until true, for metadata that reaches the broker after the controller acknowledged. */
    interface Check {
        boolean holds() throws Exception;
    }

    static void awaitTrue(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " did not reach the broker in 20 s");
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    @Override
    public void close() {
        kafka.close();
    }
}
