package dev.easel.reports;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled templates, kept until their file changes. Every template is compiled at start, so a broken one stops the
 * service there rather than on a regulator's request. Later, a request that finds the file's stamp changed compares
 * the content hash and recompiles; if the edited template does not compile, the last good one keeps serving and the
 * error is logged with the file name.
 */
final class CompiledTemplates {

    private static final Logger log = LoggerFactory.getLogger(CompiledTemplates.class);

    private final TemplateSource source;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    CompiledTemplates(TemplateSource source, Collection<String> names) {
        this.source = source;
        for (String name : names) {
            TemplateSource.Template template = source.read(name);
            try {
                cache.put(name, compile(template));
            } catch (JRException | RuntimeException e) {
                throw new IllegalStateException(
                        "Report template " + template.origin() + " does not compile: " + e.getMessage(), e);
            }
        }
    }

    JasperReport get(String name) {
        Entry current = cache.get(name);
        if (current == null) {
            throw new IllegalArgumentException("Unknown report template " + name);
        }
        if (current.stamp().equals(source.stampOf(name))) {
            return current.report();
        }
        return cache.compute(name, (key, cached) -> refreshed(key, cached)).report();
    }

    private Entry refreshed(String name, Entry cached) {
        TemplateSource.Template template = source.read(name);
        if (sha256(template.bytes()).equals(cached.hash())) {
            return new Entry(template.stamp(), cached.hash(), cached.report());
        }
        try {
            Entry fresh = compile(template);
            log.info("Report template {} changed and was recompiled", template.origin());
            return fresh;
        } catch (JRException | RuntimeException e) {
            // A malformed file surfaces as the XML parser's runtime exception, a bad expression as JRException.
            log.error(
                    "Report template {} changed but does not compile; the previous version keeps serving: {}",
                    template.origin(),
                    e.getMessage());
            // Remember the broken stamp so that the next request does not try again until the file changes again.
            return new Entry(template.stamp(), cached.hash(), cached.report());
        }
    }

    private static Entry compile(TemplateSource.Template template) throws JRException {
        JasperReport report = JasperCompileManager.compileReport(new ByteArrayInputStream(template.bytes()));
        return new Entry(template.stamp(), sha256(template.bytes()), report);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private record Entry(TemplateSource.Stamp stamp, String hash, JasperReport report) {}
}
