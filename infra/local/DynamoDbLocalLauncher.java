/*
 * Starts DynamoDB Local as its own main class does, with two things its command line offers no
 * option for (infra/local/dynamodb.ts runs it; docs/local-runtime.md explains why):
 *
 *  - it listens on 127.0.0.1 only: the jar's embedded Jetty server binds every interface, and
 *    an unauthenticated database on the network is not what a developer's laptop should offer;
 *  - it exits as soon as its standard input closes. The runtime holds the other end of that
 *    pipe and never writes to it, so however the runtime ends (even kill -9), the kernel closes
 *    the pipe and the engine follows instead of lingering on the data folder.
 *
 * It runs in Java's source-file mode; once the server is up it leaves a compiled copy in a cache
 * folder so that later starts skip the compilation.
 */
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

public final class DynamoDbLocalLauncher {
  /** Told apart from the engine's own failures: the runtime then starts the plain jar. */
  private static final int CANNOT_ADAPT = 78;

  public static void main(String[] args) throws Exception {
    exitWhenStdinCloses();
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    try {
      Field field = DynamoDBProxyServer.class.getDeclaredField("server");
      field.setAccessible(true);
      Server server = (Server) field.get(proxy);
      Connector[] connectors = server.getConnectors();
      if (connectors.length == 0) throw new IllegalStateException("the engine's server has no connector");
      for (Connector connector : connectors) ((ServerConnector) connector).setHost("127.0.0.1");
    } catch (ReflectiveOperationException | RuntimeException error) {
      System.err.println("bouclier launcher: cannot bind DynamoDB Local to 127.0.0.1: " + error);
      System.exit(CANNOT_ADAPT);
    }
    proxy.start();
    cacheCompiledCopy();
  }

  private static void exitWhenStdinCloses() {
    Thread watch = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // the runtime never writes: only the end of the stream matters
        }
      } catch (IOException ignored) {
        // a broken pipe means the same: the runtime is gone
      }
      System.exit(0);
    }, "bouclier-parent-watch");
    watch.setDaemon(true);
    watch.start();
  }

  /** Best effort, once per Java version and engine: any failure only means compiling next time. */
  private static void cacheCompiledCopy() {
    String source = System.getProperty("bouclier.launcher.source");
    String cache = System.getProperty("bouclier.launcher.cache");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (source == null || cache == null || javac == null || Files.isDirectory(Path.of(cache))) return;
    Thread compile = new Thread(() -> {
      Path target = Path.of(cache);
      Path staging = null;
      try {
        Files.createDirectories(target.getParent());
        staging = Files.createTempDirectory(target.getParent(), "staging-");
        int status = javac.run(null, null, null, "-nowarn", "-d", staging.toString(), "-cp", System.getProperty("java.class.path"), source);
        if (status == 0) Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException | RuntimeException ignored) {
        // another start may have won the race, or the cache folder is not writable
      } finally {
        if (staging != null && Files.exists(staging)) deleteQuietly(staging);
      }
    }, "bouclier-launcher-cache");
    compile.setDaemon(true);
    compile.setPriority(Thread.MIN_PRIORITY);
    compile.start();
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a leftover staging folder is harmless
    }
  }
}
