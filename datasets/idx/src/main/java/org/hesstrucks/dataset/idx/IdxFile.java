package org.hesstrucks.dataset.idx;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
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
  /** The most bytes a file (or its decompressed data) may have: the largest Java array. */
  static final long MAX_BYTES = Integer.MAX_VALUE - 8;

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
    Datasets.checkReadableFile(file, field);
    byte[] raw = Files.readAllBytes(file);
    boolean gzip = raw.length >= 2 && (raw[0] & 0xFF) == 0x1f && (raw[1] & 0xFF) == 0x8b;
    int header = 4 + 4 * rank;
    byte[] data = raw;
    long length = raw.length; // of the (decompressed) data, which may be longer than what was kept of it
    boolean beyond = false; // the data goes on past length (a surplus too large to count)
    if (gzip) {
      ByteArrayInputStream source = new ByteArrayInputStream(raw);
      long[] progress = new long[1]; // decompressed bytes so far, for a message about a corrupt stream
      try (GZIPInputStream in = new GZIPInputStream(source, 8192)) {
        // Decompress only what the header declares, after checking that it fits (a 2 MB file can declare and hold
        // 2 GB of zeros), plus one byte to see a surplus, which is then counted up to a cap and not kept.
        byte[] head = in.readNBytes(header);
        progress[0] = head.length;
        long declared = head.length;
        if (head.length == header && readInt(head, 0) == (UNSIGNED_BYTE << 8 | rank)) {
          declared = declaredLength(head, rank);
          checkDeclaredSize(file, " of the decompressed data", head, rank);
        }
        byte[] buffer = java.util.Arrays.copyOf(head, (int) (declared + 1));
        int filled = head.length;
        while (filled < buffer.length) {
          int n = in.read(buffer, filled, buffer.length - filled);
          if (n < 0) {
            break;
          }
          filled += n;
          progress[0] = filled;
        }
        long surplus = 0;
        if (filled == buffer.length) {
          byte[] skip = new byte[65536];
          for (int n; surplus < SURPLUS_COUNTED && (n = in.read(skip)) > 0; ) {
            surplus += n;
            progress[0] = filled + surplus;
          }
          beyond = surplus >= SURPLUS_COUNTED && in.read() >= 0;
        }
        data = filled == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, filled);
        length = filled + surplus;
      } catch (EOFException e) {
        throw new DataFormatException(file, "byte " + raw.length, "a complete gzip stream",
            "the end of the file", e);
      } catch (ZipException e) {
        // The inflater reads its input 8 KiB at a time: the damage is in the block read last.
        int consumed = raw.length - source.available();
        throw new DataFormatException(file, "compressed bytes " + Math.max(0, consumed - 8192) + "–" + consumed
            + ", after " + progress[0] + " decompressed bytes", "valid gzip data", e.getMessage(), e);
      }
    }
    String where = gzip ? " of the decompressed data" : "";
    int magic = UNSIGNED_BYTE << 8 | rank;
    String magicText = String.format("the IDX magic number 0x%08X (unsigned bytes, %d dimension%s: %s)", magic, rank,
        rank == 1 ? "" : "s", what);
    if (length < 4) {
      throw new DataFormatException(file, "byte 0" + where, magicText, length + " bytes in all");
    }
    int found = readInt(data, 0);
    if (found != magic) {
      throw new DataFormatException(file, "byte 0" + where, magicText, String.format("0x%08X", found));
    }
    if (length < header) {
      throw new DataFormatException(file, "byte 4" + where, rank + " dimension sizes (" + 4 * rank + " bytes)",
          (length - 4) + " bytes");
    }
    checkDeclaredSize(file, where, data, rank);
    int[] dims = new int[rank];
    for (int i = 0; i < rank; i++) {
      dims[i] = readInt(data, 4 + 4 * i);
    }
    String shape = shape(data, rank);
    long product = declaredLength(data, rank) - header;
    long payload = length - header;
    if (product != payload) {
      throw new DataFormatException(file, "byte " + header + where,
          (rank == 1 ? "" : shape + " = ") + product + " bytes of data after the " + header + "-byte header",
          (beyond ? "more than " : "") + payload + " bytes");
    }
    // The hash of the decompressed bytes: a file and its gzip (whose header holds a time stamp) are one dataset.
    MessageDigest digest = Datasets.sha256();
    digest.update(data);
    return new IdxFile(file, Datasets.hex(digest), dims, data, header, gzip);
  }

  /** Decompressed bytes counted past a gzip file's declared size before its message says "more than". */
  private static final long SURPLUS_COUNTED = 64L << 20;

  /**
   * Refuses sizes in {@code head} (magic number and dimension sizes) that cannot be loaded: a negative size, more
   * bytes than one Java array, or, for images, a feature matrix beyond {@link Datasets#checkDenseSize}.
   */
  private static void checkDeclaredSize(Path file, String where, byte[] head, int rank) throws DataFormatException {
    int header = 4 + 4 * rank;
    for (int i = 0; i < rank; i++) {
      int size = readInt(head, 4 + 4 * i);
      if (size < 0) {
        throw new DataFormatException(file, "byte " + (4 + 4 * i) + where, "a dimension size ≥ 0",
            Integer.toUnsignedString(size));
      }
    }
    if (declaredLength(head, rank) > MAX_BYTES) {
      throw new DataFormatException(file, "byte 4" + where, "dimension sizes whose product is at most "
          + (MAX_BYTES - header) + " bytes (one Java array)", shape(head, rank));
    }
    if (rank == 3) {
      Datasets.checkDenseSize(file, "byte 4" + where, readInt(head, 4), (long) readInt(head, 8) * readInt(head, 12));
    }
  }

  /** The dimension sizes in {@code head}, "60000 × 28 × 28". */
  private static String shape(byte[] head, int rank) {
    StringBuilder shape = new StringBuilder();
    for (int i = 0; i < rank; i++) {
      shape.append(i == 0 ? "" : " × ").append(Integer.toUnsignedString(readInt(head, 4 + 4 * i)));
    }
    return shape.toString();
  }

  /**
   * The header's length plus the product of the {@code rank} dimension sizes after the magic number in
   * {@code head}; {@link Long#MAX_VALUE} when that overflows (three sizes below 2³¹ can: 2²¹ · 2²¹ · 2²² = 2⁶⁴)
   * or a size is negative.
   */
  private static long declaredLength(byte[] head, int rank) {
    long product = 1;
    for (int i = 0; i < rank; i++) {
      int size = readInt(head, 4 + 4 * i);
      if (size < 0) {
        return Long.MAX_VALUE;
      }
      if (size != 0 && product > Long.MAX_VALUE / size) {
        return Long.MAX_VALUE;
      }
      product *= size;
    }
    return product > Long.MAX_VALUE - (4 + 4 * rank) ? Long.MAX_VALUE : 4 + 4 * rank + product;
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
