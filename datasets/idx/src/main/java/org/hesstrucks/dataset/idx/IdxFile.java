package org.hesstrucks.dataset.idx;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.hesstrucks.dataset.DataFormatException;
import org.hesstrucks.dataset.Datasets;

/**
 * One IDX file of unsigned bytes, read whole and checked: the magic number (two zero bytes, the type 0x08,
 * the number of dimensions), the dimension sizes (big-endian 32-bit) and a payload of exactly their product.
 * A gzip file (first bytes 0x1f 0x8b) is decompressed first; offsets in messages then count decompressed bytes.
 *
 * @see <a href="http://yann.lecun.com/exdb/mnist/">the format's description with the MNIST files</a>
 */
final class IdxFile {
  /** The IDX type code of unsigned bytes. */
  static final int UNSIGNED_BYTE = 0x08;

  final Path file;
  final String sha256;
  final int[] dimensions;
  final byte[] data;
  final int headerLength;
  private final boolean gzip;

  private IdxFile(Path file, String sha256, int[] dimensions, byte[] data, int headerLength, boolean gzip) {
    this.file = file;
    this.sha256 = sha256;
    this.dimensions = dimensions;
    this.data = data;
    this.headerLength = headerLength;
    this.gzip = gzip;
  }

  /**
   * Reads and checks {@code file}.
   *
   * @param field the config field that named it, for a missing file
   * @param rank the expected number of dimensions (3 for images, 1 for labels)
   * @param what what the dimensions are, for messages ("images × rows × columns")
   * @throws DataFormatException naming the file, the byte offset and what was expected
   */
  static IdxFile read(Path file, String field, int rank, String what) throws IOException {
    byte[] raw;
    try {
      raw = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, field + ": no such file");
    }
    boolean gzip = raw.length >= 2 && (raw[0] & 0xFF) == 0x1f && (raw[1] & 0xFF) == 0x8b;
    byte[] data = raw;
    if (gzip) {
      ByteArrayInputStream source = new ByteArrayInputStream(raw);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.max(32, 4 * raw.length));
      try (GZIPInputStream in = new GZIPInputStream(source, 8192)) {
        in.transferTo(out);
        data = out.toByteArray();
      } catch (EOFException e) {
        throw new DataFormatException(file, "byte " + raw.length, "a complete gzip stream",
            "the end of the file", e);
      } catch (ZipException e) {
        // The inflater reads its input 8 KiB at a time: the damage is in the block read last.
        int consumed = raw.length - source.available();
        throw new DataFormatException(file, "compressed bytes " + Math.max(0, consumed - 8192) + "–" + consumed
            + ", after " + out.size() + " decompressed bytes", "valid gzip data", e.getMessage(), e);
      }
    }
    // The hash of the decompressed bytes: a file and its gzip (whose header holds a time stamp) are one dataset.
    MessageDigest digest = Datasets.sha256();
    digest.update(data);
    String sha = Datasets.hex(digest);
    String where = gzip ? " of the decompressed data" : "";
    int magic = UNSIGNED_BYTE << 8 | rank;
    String magicText = String.format("the IDX magic number 0x%08X (unsigned bytes, %d dimension%s: %s)", magic, rank,
        rank == 1 ? "" : "s", what);
    if (data.length < 4) {
      throw new DataFormatException(file, "byte 0" + where, magicText, data.length + " bytes in all");
    }
    int found = readInt(data, 0);
    if (found != magic) {
      throw new DataFormatException(file, "byte 0" + where, magicText, String.format("0x%08X", found));
    }
    int header = 4 + 4 * rank;
    if (data.length < header) {
      throw new DataFormatException(file, "byte 4" + where, rank + " dimension sizes (" + 4 * rank + " bytes)",
          (data.length - 4) + " bytes");
    }
    int[] dims = new int[rank];
    long product = 1;
    StringBuilder shape = new StringBuilder();
    for (int i = 0; i < rank; i++) {
      dims[i] = readInt(data, 4 + 4 * i);
      if (dims[i] < 0) {
        throw new DataFormatException(file, "byte " + (4 + 4 * i) + where, "a dimension size ≥ 0",
            Integer.toUnsignedString(dims[i]));
      }
      product *= dims[i];
      shape.append(i == 0 ? "" : " × ").append(dims[i]);
    }
    long payload = data.length - (long) header;
    if (product != payload) {
      throw new DataFormatException(file, "byte " + header + where,
          (rank == 1 ? "" : shape + " = ") + product + " bytes of data after the " + header + "-byte header",
          payload + " bytes");
    }
    return new IdxFile(file, sha, dims, data, header, gzip);
  }

  /** Where byte {@code offset} of the (decompressed) data is, for messages. */
  String at(long offset) {
    return "byte " + offset + (gzip ? " of the decompressed data" : "");
  }

  private static int readInt(byte[] data, int offset) {
    return (data[offset] & 0xFF) << 24 | (data[offset + 1] & 0xFF) << 16 | (data[offset + 2] & 0xFF) << 8
        | (data[offset + 3] & 0xFF);
  }
}
