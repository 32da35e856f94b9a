package org.hesstrucks.result;

import java.util.Map;

/**
 * One probe measurement at one checkpoint.
 *
 * @param probe the probe's id
 * @param iteration the checkpoint's iteration
 * @param seconds what the measurement took
 * @param values what the probe returned
 */
public record ProbeRecord(String probe, long iteration, double seconds, Map<String, Object> values) {}
