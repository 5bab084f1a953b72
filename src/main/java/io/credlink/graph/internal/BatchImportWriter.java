package io.credlink.graph.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.credlink.graph.BulkGraph;

/**
 * Feeds a {@link BulkGraph} to Neo4j's parallel batch importer with actual (pre-assigned) node
 * ids, so the importer needs no id mapping. The importer pulls chunks of entities from several
 * threads; filling a chunk from the source iterator is serialised, replaying it is not.
 */
public final class BatchImportWriter {

    private static final Logger log = LoggerFactory.getLogger(BatchImportWriter.class);
    private static final int CHUNK = 10_000;

    /**
     * The importer's defaults, but with the node label and relationship type lookup indexes built
     * during the import, as {@code neo4j-admin database import} does and as every database Neo4j
     * creates has them. Without them the store has no token index: every index population (each
     * constraint of the migrations, even on a label without nodes) scans and locks every node of
     * the store, and every label scan of a query becomes a scan of all nodes.
     */
    static final Configuration IMPORT_CONFIGURATION = new Configuration() {
        @Override
        public IndexConfig indexConfig() {
            return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
        }
    };

    private BatchImportWriter() {
    }

    private static Config config(Path storeHome) {
        return Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, storeHome.toAbsolutePath()).build();
    }

    private static DatabaseLayout layout(Config config) {
        return Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    public static boolean hasNoDatabase(Path storeHome) {
        DatabaseLayout layout = layout(config(storeHome));
        return isEmptyDir(layout.databaseDirectory()) && isEmptyDir(layout.getTransactionLogsDirectory());
    }

    private static boolean isEmptyDir(Path dir) {
        if (!Files.isDirectory(dir)) {
            return !Files.exists(dir);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    public static void write(Path storeHome, BulkGraph graph) {
        if (!hasNoDatabase(storeHome)) {
            throw new IllegalStateException("the store in " + storeHome + " already holds a database");
        }
        long t0 = System.nanoTime();
        Config config = config(storeHome);
        DatabaseLayout layout = layout(config);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction();
                JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
            fs.mkdirs(layout.databaseDirectory());
            StorageEngineFactory engine = StorageEngineFactory.selectStorageEngine(config);
            BatchImporter importer = engine.batchImporter(layout, fs, PageCacheTracer.NULL, IMPORT_CONFIGURATION,
                    NullLogService.getInstance(), quiet, false, DefaultAdditionalIds.EMPTY, config, Monitor.NO_MONITOR,
                    scheduler, Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(),
                    new IndexImporterFactoryImpl(), EmptyMemoryTracker.INSTANCE,
                    CursorContextFactory.NULL_CONTEXT_FACTORY);
            InputIterable nodes = () -> new Chunks<>(graph.nodes(), BatchImportWriter::replayNode);
            InputIterable relationships = () -> new Chunks<>(graph.relationships(), BatchImportWriter::replayRelationship);
            Input input = Input.input(nodes, relationships, IdType.ACTUAL,
                    Input.knownEstimates(graph.nodeCount(), graph.relationshipEstimate(), graph.nodeCount() * 4,
                            graph.relationshipEstimate(), graph.nodeCount() * 64, graph.relationshipEstimate() * 8,
                            graph.nodeCount() * 2),
                    ReadableGroups.EMPTY);
            importer.doImport(input);
        } catch (IOException e) {
            throw new UncheckedIOException("offline import into " + storeHome + " failed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("offline import into " + storeHome + " failed: " + e.getMessage(), e);
        }
        log.info("Offline import wrote {} nodes and {} relationships in {} ms", graph.nodeCount(),
                graph.relationshipEstimate(), (System.nanoTime() - t0) / 1_000_000);
    }

    private static void replayNode(BulkGraph.Node node, InputEntityVisitor visitor) {
        visitor.id(node.id());
        visitor.labels(node.labels());
        properties(node.properties(), visitor);
    }

    private static void replayRelationship(BulkGraph.Relationship rel, InputEntityVisitor visitor) {
        visitor.startId(rel.startId());
        visitor.endId(rel.endId());
        visitor.type(rel.type());
        properties(rel.properties(), visitor);
    }

    private static void properties(Object[] keyValues, InputEntityVisitor visitor) {
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            visitor.property((String) keyValues[i], keyValues[i + 1]);
        }
    }

    /** Hands out the source in chunks; {@link #next} is called by several importer threads. */
    private static final class Chunks<T> implements InputIterator {

        private final Iterator<T> source;
        private final BiConsumer<T, InputEntityVisitor> replay;

        Chunks(Iterator<T> source, BiConsumer<T, InputEntityVisitor> replay) {
            this.source = source;
            this.replay = replay;
        }

        @Override
        public InputChunk newChunk() {
            return new Chunk();
        }

        @Override
        @SuppressWarnings("unchecked")
        public synchronized boolean next(InputChunk chunk) {
            Chunk c = (Chunk) chunk;
            c.items.clear();
            c.position = 0;
            while (c.items.size() < CHUNK && source.hasNext()) {
                c.items.add(source.next());
            }
            return !c.items.isEmpty();
        }

        @Override
        public void close() {
        }

        private final class Chunk implements InputChunk {

            final List<T> items = new ArrayList<>(CHUNK);
            int position;

            @Override
            public boolean next(InputEntityVisitor visitor) throws IOException {
                if (position >= items.size()) {
                    return false;
                }
                replay.accept(items.get(position++), visitor);
                visitor.endOfEntity();
                return true;
            }

            @Override
            public void close() {
            }
        }
    }
}
