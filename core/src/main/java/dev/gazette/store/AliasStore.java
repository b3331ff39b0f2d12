package dev.gazette.store;

import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.OpenSearchTarget;
import dev.gazette.index.BuildRecord;
import dev.gazette.index.BuiltIndex;
import dev.gazette.opensearch.OpenSearchIndex;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Generations as OpenSearch indexes behind an alias ({@code <alias>-g<time>}): the alias is the live
 * name and moves in one atomic step, and each index keeps what built it in its mapping's {@code _meta}
 * from the moment it is created, since other processes on the cluster see it while it builds. The
 * cluster checks its own shards, and writes to an index are not tracked. Connects on first use (which
 * creates {@code <alias>-g0} when the alias does not exist yet).
 */
public final class AliasStore implements GenerationStore {
  private final OpenSearchTarget target;
  private final GazetteConfig config;
  private OpenSearchIndex alias;

  /** The generations behind {@code target}'s alias. */
  public AliasStore(OpenSearchTarget target, GazetteConfig config) {
    this.target = target;
    this.config = config;
  }

  private synchronized OpenSearchIndex alias() {
    if (alias == null) {
      alias = OpenSearchIndex.connect(target, config);
    }
    return alias;
  }

  @Override
  public String name() {
    return "the alias " + target.index() + " on OpenSearch " + target.nodes();
  }

  @Override
  public String live() throws IOException {
    List<String> holders = alias().holders();
    return holders.isEmpty() ? null : holders.get(0);
  }

  @Override
  public Map<String, BuiltIndex.Summary> list() throws IOException {
    return alias().generations();
  }

  @Override
  public String create(BuildRecord record) throws IOException {
    return alias().createGeneration("g" + System.currentTimeMillis(), record);
  }

  /** An engine on the index {@code name} itself: a generation being built, or the alias. */
  @Override
  public Gazette open(String name) {
    return Gazette.connect(new OpenSearchTarget(target.nodes(), name, target.username(), target.password(),
        target.shards(), target.replicas()), config);
  }

  /** The same as {@link #open}: the cluster has no write lock to leave alone. */
  @Override
  public Gazette openReadOnly(String name) {
    return open(name);
  }

  /** The record is in the index since {@link #create}; this makes the build searchable. */
  @Override
  public void seal(String id, BuildRecord record) throws IOException {
    alias().refresh(id);
  }

  /** None: the cluster checks and recovers its own shards. */
  @Override
  public Optional<String> problems(String id) {
    return Optional.empty();
  }

  @Override
  public void point(String id) throws IOException {
    alias().moveAlias(id);
  }

  @Override
  public void drop(String id) throws IOException {
    alias().drop(id);
  }

  /** Not tracked: writes go through the alias from any process on the cluster. */
  @Override
  public OptionalLong liveVersion() {
    return OptionalLong.empty();
  }

  /** Unknown: the cluster does not say when an alias moved. */
  @Override
  public Instant switchedAt() {
    return null;
  }

  /** The alias: it follows every switch by itself, so the serving engine never reopens. */
  @Override
  public String serving() {
    return target.index();
  }

  @Override
  public Optional<IndexFolders> folders() {
    return Optional.empty();
  }

  @Override
  public synchronized void close() {
    if (alias != null) {
      alias.close();
      alias = null;
    }
  }
}
