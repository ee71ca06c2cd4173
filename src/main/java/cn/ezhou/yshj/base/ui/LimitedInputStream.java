package cn.ezhou.yshj.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Passes at most {@code limit} bytes through: reading the byte after the limit ends the read with
 * {@link TooLarge}, so an oversized upload is cut there instead of being held whole first.
 */
public final class LimitedInputStream extends InputStream {

    /** The stream had more bytes than allowed. */
    public static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("More than " + limit + " bytes");
        }
    }

    private final InputStream in;
    private final long limit;
    private long count;

    public LimitedInputStream(InputStream in, long limit) {
        this.in = Objects.requireNonNull(in);
        this.limit = limit;
    }

    /** All the bytes of a stream that holds at most {@code limit} of them; never more than limit + 1 are read. */
    public static byte[] readAll(InputStream in, long limit) throws IOException {
        try (LimitedInputStream limited = new LimitedInputStream(in, limit)) {
            return limited.readAllBytes();
        }
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        // Never ask for more than one byte past the limit: that byte is enough to know.
        int allowed = (int) Math.min(length, limit - count + 1);
        int n = in.read(buffer, offset, allowed);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) throws TooLarge {
        count += n;
        if (count > limit) {
            throw new TooLarge(limit);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
