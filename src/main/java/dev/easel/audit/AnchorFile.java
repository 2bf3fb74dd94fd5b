package dev.easel.audit;

import dev.easel.shared.SecretKeyFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The append-only file of signed chain heads (JSON lines) that an auditor keeps. The database neither holds the file
 * nor the key, so whoever owns the database can cut records off the end of the chain and rewrite its head row, but
 * cannot make the anchors agree.
 */
@Component
class AnchorFile {

    private final Path file;
    private final SecretKeySpec key;

    AnchorFile(AuditProperties properties) {
        this.file = properties.anchor().file();
        this.key = new SecretKeySpec(
                SecretKeyFile.load(
                        properties.anchor().keyFile(), properties.anchor().createKey(), "audit anchor"),
                "HmacSHA256");
    }

    /** Every line, in order, with what is wrong with the lines that are not valid anchors. */
    Contents read() {
        List<Anchor> anchors = new ArrayList<>();
        List<ChainBreak> problems = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Contents(List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit anchor file " + file, e);
        }
        String previousMac = "";
        for (int i = 0; i < lines.size(); i++) {
            long line = i + 1;
            if (lines.get(i).isBlank()) {
                continue;
            }
            Anchor anchor;
            try {
                anchor = parse(line, lines.get(i));
            } catch (RuntimeException unreadable) {
                problems.add(ChainBreak.anchor(line, "anchor line " + line + " cannot be read"));
                continue;
            }
            if (!MessageDigest.isEqual(
                    sign(anchor).getBytes(StandardCharsets.US_ASCII),
                    anchor.mac().getBytes(StandardCharsets.US_ASCII))) {
                problems.add(ChainBreak.anchor(line, "anchor line " + line + " is not signed with the anchor key"));
                continue;
            }
            if (!anchor.previous().equals(previousMac)) {
                problems.add(ChainBreak.anchor(
                        line,
                        "anchor line " + line
                                + " does not follow the anchor before it (anchors were removed or reordered)"));
            }
            anchors.add(anchor);
            previousMac = anchor.mac();
        }
        return new Contents(anchors, problems);
    }

    /**
     * Appends a signed anchor of this head, chained to the last valid anchor, under an exclusive lock of the file so
     * that nodes sharing it write one line at a time; forced to disk before it returns.
     */
    synchronized Anchor append(long headId, String headHash, Instant at) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (FileChannel channel = FileChannel.open(
                            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                    FileLock lock = channel.lock()) {
                List<Anchor> existing = read().anchors();
                String previous = existing.isEmpty()
                        ? ""
                        : existing.get(existing.size() - 1).mac();
                Anchor unsigned = new Anchor(0, at, headId, headHash, previous, null);
                Anchor anchor = new Anchor(0, at, headId, headHash, previous, sign(unsigned));
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("at", at.toString());
                json.put("headId", headId);
                json.put("headHash", headHash);
                json.put("previous", previous);
                json.put("mac", anchor.mac());
                channel.write(ByteBuffer.wrap((CanonicalJson.write(json) + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
                return anchor;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit anchor file " + file, e);
        }
    }

    Path location() {
        return file;
    }

    private String sign(Anchor anchor) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(anchor.signedText().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Anchor parse(long line, String text) {
        Map<String, Object> json = CanonicalJson.read(text, Map.class);
        return new Anchor(
                line,
                Instant.parse((String) json.get("at")),
                ((Number) json.get("headId")).longValue(),
                (String) json.get("headHash"),
                (String) json.get("previous"),
                (String) json.get("mac"));
    }

    /** The valid anchors in file order, and the lines that are not. */
    record Contents(List<Anchor> anchors, List<ChainBreak> problems) {

        Anchor latest() {
            return anchors.isEmpty() ? null : anchors.get(anchors.size() - 1);
        }
    }
}
