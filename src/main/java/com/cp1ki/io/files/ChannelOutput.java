package com.cp1ki.io.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;

/**
 * A buffered stream into a file channel that counts and hashes what it writes. Closing it only
 * flushes: the save owns the channel (it still has to force it to disk).
 */
final class ChannelOutput extends OutputStream {

    private final FileChannel channel;
    private final AtomicFiles.Disk disk;
    private final MessageDigest digest = FileStamp.newDigest();
    private final byte[] buf = new byte[64 * 1024];
    private int used;
    private long count;

    ChannelOutput(FileChannel channel, AtomicFiles.Disk disk) {
        this.channel = channel;
        this.disk = disk;
    }

    @Override
    public void write(int b) throws IOException {
        if (used == buf.length) {
            flush();
        }
        buf[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len >= buf.length) {
            flush();
            drain(ByteBuffer.wrap(b, off, len));
            return;
        }
        if (len > buf.length - used) {
            flush();
        }
        System.arraycopy(b, off, buf, used, len);
        used += len;
    }

    @Override
    public void flush() throws IOException {
        if (used > 0) {
            int n = used;
            used = 0;
            drain(ByteBuffer.wrap(buf, 0, n));
        }
    }

    private void drain(ByteBuffer b) throws IOException {
        digest.update(b.duplicate());
        count += b.remaining();
        disk.write(channel, b);
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    long count() {
        return count;
    }

    String sha256() {
        return FileStamp.hex(digest.digest());
    }
}
