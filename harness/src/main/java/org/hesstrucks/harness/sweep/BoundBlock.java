package org.hesstrucks.harness.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.hesstrucks.plugin.LoadedPlugin;
import org.hesstrucks.plugin.Plugin;

/**
 * A plugin block after expansion and binding.
 *
 * @param plugin the plugin its id names
 * @param config the bound config record
 * @param block the block as written for this variant (axis values filled in), id included
 * @param axes this variant's value on each axis inside the block, by dotted field name
 * @param label a name for legends: the id and the fields the block sets
 * @param path the block's JSON path in the sweep file
 * @param tune for an optimizer block with a {@code tune} field: the settings to try; else null
 */
public record BoundBlock(LoadedPlugin<? extends Plugin<?>> plugin, Record config, ObjectNode block,
    Map<String, com.fasterxml.jackson.databind.JsonNode> axes, String label, String path, Tune tune) {}
