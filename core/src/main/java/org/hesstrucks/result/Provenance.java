package org.hesstrucks.result;

import java.util.Map;

/**
 * Where and with what a cell ran.
 *
 * @param plugins "kind:id" → version of every plugin the cell used
 * @param coreVersion the Hess-Trucks core version
 * @param jvm vendor and version of the JVM
 * @param os name, version and architecture
 * @param cpu the CPU model, where the OS tells it
 * @param processors available processors
 * @param host the host name
 * @param gitRevision the project's git revision, where known
 * @param startedAt ISO-8601 instant the cell started
 * @param extra anything else worth keeping (BLAS and its threads, once a model uses one)
 */
public record Provenance(
    Map<String, String> plugins,
    String coreVersion,
    String jvm,
    String os,
    String cpu,
    int processors,
    String host,
    String gitRevision,
    String startedAt,
    Map<String, String> extra) {}
