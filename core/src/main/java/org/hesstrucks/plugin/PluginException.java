package org.hesstrucks.plugin;

/** A plugin that cannot be used: unknown id, duplicate id, missing descriptor, wrong SPI major. */
public class PluginException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PluginException(String message) {
    super(message);
  }

  public PluginException(String message, Throwable cause) {
    super(message, cause);
  }
}
