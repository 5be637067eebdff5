import neo4j from 'neo4j-driver';

/**
 * Resolves once a Bolt server answers at `uri`, retrying until `timeoutMs`; rejects with the last
 * driver error. Used by the local launcher, which must not hold a driver of its own.
 */
export async function verifyBolt(uri: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'newsgraph'), {
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 1,
  });
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  } finally {
    await driver.close();
  }
}
