import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code java packaging/WindowsZip.java OUT.zip DIR}: zips DIR (as its own top folder) for Windows PCs in China.
 * Names are stored in GBK without the UTF-8 flag, as zip tools on a Chinese Windows write them and as Explorer
 * (7 as well as 10/11), 7-Zip, WinRAR and Bandizip read them there (the OEM code page, 936). A UTF-8 name with
 * the flag is shown garbled by Windows 7's Explorer; an Info-ZIP Unicode Path field (0x7075) beside the GBK
 * name makes Debian's unzip 6.0 refuse the archive ("overlapped components"). Linux has the .tar.gz.
 * A name GBK cannot hold stops the build.
 */
public class WindowsZip {
    static final Charset GBK = Charset.forName("GBK");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Path dir = Path.of(args[1]).toAbsolutePath().normalize();
        Path base = dir.getParent();
        List<Path> paths;
        try (Stream<Path> s = Files.walk(dir)) {
            paths = s.sorted().toList();
        }
        try (OutputStream o = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(o, GBK)) {
            zip.setLevel(6);
            for (Path p : paths) {
                String name = base.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : "");
                if (!GBK.newEncoder().canEncode(name)) throw new IOException("not representable in GBK: " + name);
                ZipEntry e = new ZipEntry(name);
                e.setTime(Files.getLastModifiedTime(p).toMillis());
                zip.putNextEntry(e);
                if (Files.isRegularFile(p)) Files.copy(p, zip);
                zip.closeEntry();
            }
        }
    }
}
