package io.plutuscalibrate.uplc.cek;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Guards Note [Settlement out of line] in {@link CekRun}: the settlement's bytecode stays longer
 * than HotSpot's FreqInlineSize (325 bytes), so that C2 does not inline it at every counting site
 * of the machine loop. The sizes are read from the compiled class file.
 */
class SettlementOutOfLineTest {
  private static final int FREQ_INLINE_SIZE = 325;

  @Test
  void settleIsTooLargeToInlineAndTickIsSmall() throws IOException {
    int settle = codeLength(CekRun.class, "settle");
    int tick = codeLength(CekRun.class, "tick");
    assertTrue(settle > FREQ_INLINE_SIZE,
        "CekRun.settle is " + settle + " bytes of bytecode; see Note [Settlement out of line]");
    assertTrue(tick <= 35, "CekRun.tick is " + tick + " bytes; it must inline everywhere (35)");
  }

  /** The length of the Code attribute of the (only) method {@code name} of {@code c}. */
  static int codeLength(Class<?> c, String name) throws IOException {
    String file = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
    try (InputStream raw = c.getResourceAsStream(file);
         DataInputStream in = new DataInputStream(raw)) {
      in.readInt(); // magic
      in.readUnsignedShort(); // minor
      in.readUnsignedShort(); // major
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 3, 4 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++; // a long or double takes two entries
          }
          case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
          case 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 15 -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          default -> throw new IOException("unknown constant pool tag " + tag);
        }
      }
      in.readUnsignedShort(); // access
      in.readUnsignedShort(); // this
      in.readUnsignedShort(); // super
      int interfaces = in.readUnsignedShort();
      for (int i = 0; i < interfaces; i++) in.readUnsignedShort();
      skipMembers(in, utf8, null); // fields
      int length = skipMembers(in, utf8, name);
      if (length < 0) throw new IOException("no method " + name + " in " + file);
      return length;
    }
  }

  /** Skips fields or methods; returns the code length of method {@code wanted}, or -1. */
  private static int skipMembers(DataInputStream in, String[] utf8, String wanted)
      throws IOException {
    int found = -1;
    int members = in.readUnsignedShort();
    for (int m = 0; m < members; m++) {
      in.readUnsignedShort(); // access
      String memberName = utf8[in.readUnsignedShort()];
      in.readUnsignedShort(); // descriptor
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        int len = in.readInt();
        if (memberName.equals(wanted) && attribute.equals("Code")) {
          in.readUnsignedShort(); // max stack
          in.readUnsignedShort(); // max locals
          found = in.readInt();
          in.skipNBytes(len - 8);
        } else {
          in.skipNBytes(len);
        }
      }
    }
    return found;
  }
}
