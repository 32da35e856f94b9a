package org.hesstrucks.harness.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code hesstrucks} entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = HessTrucksCommand.execute(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
