package jejak;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs a single Neo4j Community instance embedded in this JVM, for local development and tests.
 *
 * <p>Bolt listens on 127.0.0.1 (port 7687 unless overridden), authentication is off and the HTTP
 * connectors are off. Once Bolt accepts TCP connections, exactly one line
 * {@code NEO4J_LOCAL_READY bolt://127.0.0.1:<port>} is written to stdout. Everything else
 * (Neo4j's own log, errors, shutdown notices) goes to stderr.
 *
 * <p>Usage: {@code Neo4jLocal [--dir PATH] [--port N] [--pagecache SIZE] [--conf key=value]...}
 * with fallbacks to the environment variables {@code NEO4J_LOCAL_DIR}, {@code NEO4J_BOLT_PORT}
 * and {@code NEO4J_PAGECACHE}. {@code --conf} passes any other raw Neo4j setting through (it cannot
 * override the settings this class sets explicitly).
 */
public final class Neo4jLocal {
    private static final String HOST = "127.0.0.1";

    private Neo4jLocal() {}

    public static void main(String[] args) {
        String dir = envOr("NEO4J_LOCAL_DIR", ".neo4j-local");
        String portText = envOr("NEO4J_BOLT_PORT", "7687");
        String pageCacheText = envOr("NEO4J_PAGECACHE", "256m");
        Map<String, String> rawConf = new LinkedHashMap<>();

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--dir" -> dir = need(args, ++i, arg);
                case "--port" -> portText = need(args, ++i, arg);
                case "--pagecache" -> pageCacheText = need(args, ++i, arg);
                case "--conf" -> {
                    String kv = need(args, ++i, arg);
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        fail("--conf expects key=value, got: " + kv);
                    }
                    rawConf.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
                }
                case "-h", "--help" -> {
                    System.err.println(
                            "usage: Neo4jLocal [--dir PATH] [--port N] [--pagecache SIZE] [--conf key=value]...");
                    System.exit(0);
                }
                default -> fail("unknown argument: " + arg);
            }
        }

        int port = parsePort(portText);
        long pageCache = parseSize(pageCacheText);
        Path home = Path.of(dir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            fail("cannot create data directory " + home + ": " + e);
        }

        if (canConnect(port, 300)) {
            fail("port " + HOST + ":" + port + " is already in use (another Neo4j running?)");
        }

        System.err.printf("neo4j-local: home=%s bolt=%s:%d pagecache=%d MiB%n",
                home, HOST, port, pageCache / (1024 * 1024));

        Log4jLogProvider userLog = new Log4jLogProvider(System.err, Level.INFO);
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(userLog)
                // Connectors: Bolt only, loopback, no auth, no TLS.
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(BoltConnector.thread_pool_max_size, 50)
                // Internal knobs: no in-JVM "bolt-local" channel, and a quick stop (defaults wait 5 s + 5 s).
                .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                // Modest memory and disk footprint for small (2-core) dev/CI machines.
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(512))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files");
        if (!rawConf.isEmpty()) {
            // Raw settings go through a generated properties file, the builder's only string-keyed input.
            Path extra = home.resolve("neo4j-local-extra.conf");
            StringBuilder sb = new StringBuilder("# generated by neo4j-local from --conf arguments\n");
            rawConf.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
            try {
                Files.writeString(extra, sb.toString());
            } catch (IOException e) {
                fail("cannot write " + extra + ": " + e);
            }
            builder.loadPropertiesFromFile(extra);
        }

        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (Throwable t) {
            System.err.println("neo4j-local: failed to start Neo4j: " + t);
            t.printStackTrace(System.err);
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean shutdownDone = new AtomicBoolean(false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (shutdownDone.compareAndSet(false, true)) {
                System.err.println("neo4j-local: shutting down");
                try {
                    dbms.shutdown();
                    System.err.println("neo4j-local: stopped cleanly");
                } catch (Throwable t) {
                    System.err.println("neo4j-local: error during shutdown: " + t);
                } finally {
                    stopped.countDown();
                }
            }
        }, "neo4j-local-shutdown"));
        installSignalHandlers(shutdownDone);

        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(TimeUnit.SECONDS.toMillis(120))) {
                throw new IllegalStateException("default database did not become available within 120 s");
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!canConnect(port, 500)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt did not accept connections on " + HOST + ":" + port);
                }
                Thread.sleep(100);
            }
        } catch (Throwable t) {
            System.err.println("neo4j-local: startup failed: " + t);
            System.exit(1); // runs the shutdown hook
            return;
        }

        System.out.println("NEO4J_LOCAL_READY bolt://" + HOST + ":" + port);
        System.out.flush();

        // Park the main thread; SIGTERM/SIGINT trigger the shutdown hook, which stops Neo4j.
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * SIGTERM/SIGINT exit with status 0 through the shutdown hook. Explicit handlers (rather than
     * the JVM defaults) also make SIGINT work when the launching shell ignored it, as non-interactive
     * shells do for background jobs. A second signal while stopping halts immediately.
     */
    @SuppressWarnings("removal")
    private static void installSignalHandlers(AtomicBoolean shutdownStarted) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> {
                    if (shutdownStarted.get()) {
                        System.err.println("neo4j-local: second SIG" + name + ", halting without clean shutdown");
                        Runtime.getRuntime().halt(128 + sig.getNumber());
                    }
                    new Thread(() -> System.exit(0), "neo4j-local-exit").start();
                });
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // Signal not available on this platform: the JVM's default handling still runs the hook.
            }
        }
    }

    private static boolean canConnect(int port, int timeoutMs) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, port), timeoutMs);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static String need(String[] args, int i, String flag) {
        if (i >= args.length) {
            fail(flag + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String text) {
        try {
            int p = Integer.parseInt(text.trim());
            if (p > 0 && p < 65536) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        fail("invalid port: " + text);
        return -1;
    }

    /** Parses sizes like "256m", "1g", "512M", or a plain number of bytes. */
    private static long parseSize(String text) {
        String t = text.trim().toLowerCase();
        long mult = 1;
        if (t.endsWith("k")) {
            mult = 1024L;
        } else if (t.endsWith("m")) {
            mult = 1024L * 1024;
        } else if (t.endsWith("g")) {
            mult = 1024L * 1024 * 1024;
        }
        if (mult != 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            long v = Long.parseLong(t) * mult;
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        fail("invalid size: " + text);
        return -1;
    }

    private static void fail(String message) {
        System.err.println("neo4j-local: " + message);
        System.exit(2);
    }
}
