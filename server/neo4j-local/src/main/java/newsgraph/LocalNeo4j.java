package newsgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Embedded Neo4j Community with its Bolt connector on 127.0.0.1. Auth is disabled because the
 * connector only listens on loopback. Prints "NEWSGRAPH_NEO4J_READY <uri>" once Bolt accepts
 * connections and shuts the DBMS down from a shutdown hook, so SIGTERM leaves a clean store.
 *
 * With an owner pid, the JVM also stops (cleanly) when that process is gone, so a test run or server
 * that dies without stopping it does not leave Neo4j running.
 *
 * Memory per transaction and for all of them together comes from the system properties
 * newsgraph.transactionMaxMb and newsgraph.transactionTotalMaxMb (0 or absent: Neo4j's default, none):
 * a query that needs more fails alone with a memory-limit error instead of exhausting the heap that
 * every other query shares.
 *
 * Usage: LocalNeo4j <dataDir> <port> <pageCacheMb> [ownerPid]
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3 && args.length != 4) {
      fail("usage: LocalNeo4j <dataDir> <port> <pageCacheMb> [ownerPid]");
    }
    Path dataDir = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMb = Long.parseLong(args[2]);
    Files.createDirectories(dataDir);

    long transactionMaxMb = Long.getLong("newsgraph.transactionMaxMb", 0L);
    long transactionTotalMaxMb = Long.getLong("newsgraph.transactionTotalMaxMb", 0L);

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(dataDir)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
          .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
          .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(transactionMaxMb))
          .setConfig(
              GraphDatabaseSettings.memory_transaction_global_max_size,
              ByteUnit.mebiBytes(transactionTotalMaxMb))
          // The store is checkpointed and closed before Bolt stops; waiting seconds for idle sockets
          // afterwards only slows every stop.
          .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
          .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
          .build();
    } catch (Throwable error) {
      fail("start failed: " + describe(error));
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    DatabaseManagementService started = dbms;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("NEWSGRAPH_NEO4J_STOPPING");
      started.shutdown();
      System.out.println("NEWSGRAPH_NEO4J_STOPPED");
      stopped.countDown();
    }, "newsgraph-neo4j-shutdown"));

    System.out.println("NEWSGRAPH_NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
    if (args.length == 4) watchOwner(Long.parseLong(args[3]));
    stopped.await();
  }

  /** System.exit runs the shutdown hook, which closes the store cleanly. */
  private static void watchOwner(long ownerPid) {
    Thread watcher = new Thread(() -> {
      while (ProcessHandle.of(ownerPid).map(ProcessHandle::isAlive).orElse(false)) {
        try {
          Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
          return;
        }
      }
      System.out.println("NEWSGRAPH_NEO4J_OWNER_GONE " + ownerPid);
      System.exit(0);
    }, "newsgraph-owner-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** The deepest cause carries the useful text (port in use, store lock). */
  private static String describe(Throwable error) {
    StringBuilder chain = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (chain.length() > 0) chain.append(" <- ");
      chain.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
      if (t.getCause() == t) break;
    }
    return chain.toString().replace('\n', ' ');
  }

  private static void fail(String message) {
    System.out.println("NEWSGRAPH_NEO4J_FAILED " + message);
    System.out.flush();
    System.exit(2);
  }
}
