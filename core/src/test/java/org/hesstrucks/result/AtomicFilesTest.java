package org.hesstrucks.result;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @Test
  @DisplayName("writes a new file in a new folder, replaces an old one, and leaves no temporary file")
  void writesAndReplaces(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("a/b/cell.json");
    AtomicFiles.write(target, new byte[] {1, 2, 3});
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
    AtomicFiles.write(target, new byte[] {4});
    assertArrayEquals(new byte[] {4}, Files.readAllBytes(target));
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertEquals(1, files.count());
    }
  }
}
