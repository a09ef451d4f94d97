package com.cp1ki.io.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Who may read and write a file: copied from the old version to its replacement, checked before a save. */
final class Permissions {

    private Permissions() {
    }

    /**
     * Gives {@code to} the permissions (and, where allowed, the group and owner) of {@code from}: a
     * saved file keeps what its user gave it. Where POSIX attributes are missing (Windows), the
     * access list is copied instead.
     */
    static void copy(Path from, Path to) throws IOException {
        PosixFileAttributeView src = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dst = Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (src != null && dst != null) {
            PosixFileAttributes a = src.readAttributes();
            try {
                dst.setGroup(a.group());
            } catch (IOException e) {
                // only a member of the group may give it; the file keeps the user's own group
            }
            try {
                if (!a.owner().equals(dst.getOwner())) {
                    dst.setOwner(a.owner());
                }
            } catch (IOException e) {
                // only the superuser may give a file away; the file stays the saver's
            }
            dst.setPermissions(a.permissions()); // last: a change of owner clears set-id bits
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(from, AclFileAttributeView.class);
        AclFileAttributeView aclTo = Files.getFileAttributeView(to, AclFileAttributeView.class);
        if (acl != null && aclTo != null) {
            try {
                aclTo.setAcl(acl.getAcl());
            } catch (IOException e) {
                // the folder's inherited access list stays
            }
        }
    }

    /**
     * Whether {@code file} may not be written: the file system says so, or no one has write
     * permission (which the superuser's access check would ignore).
     */
    static boolean readOnly(Path file) throws IOException {
        if (!Files.isWritable(file)) {
            return true;
        }
        PosixFileAttributeView v = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (v == null) {
            return false;
        }
        Set<PosixFilePermission> p = v.readAttributes().permissions();
        return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                && !p.contains(PosixFilePermission.OTHERS_WRITE);
    }

    /** How many names the file has (1 where the file system does not say). */
    static long hardLinks(Path file) {
        try {
            Object n = Files.getAttribute(file, "unix:nlink");
            return n instanceof Number num ? num.longValue() : 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }
}
