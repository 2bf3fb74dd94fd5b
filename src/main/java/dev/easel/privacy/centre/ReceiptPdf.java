package dev.easel.privacy.centre;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** A consent receipt as a one-page PDF, in DejaVu Sans so that any language's notice prints as written. */
final class ReceiptPdf {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 14;
    private static final int WRAP = 95;

    private ReceiptPdf() {}

    static byte[] render(ConsentReceipt receipt) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = load(document, FONT);
            PDFont bold = load(document, BOLD);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setTitle("Consent receipt " + receipt.consentReceiptId());
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setLeading(LEADING);
                text.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
                text.setFont(bold, 16);
                text.showText("Consent receipt");
                text.newLine();
                text.newLine();
                for (String[] field : fields(receipt)) {
                    text.setFont(bold, SIZE);
                    text.showText(field[0]);
                    text.newLine();
                    text.setFont(regular, SIZE);
                    for (String line : wrap(field[1])) {
                        text.showText("   " + line);
                        text.newLine();
                    }
                }
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the consent receipt", e);
        }
    }

    private static List<String[]> fields(ConsentReceipt receipt) {
        var controller = receipt.piiControllers().get(0);
        var purpose = receipt.services().get(0).purposes().get(0);
        return List.of(
                new String[] {"Receipt", receipt.consentReceiptId() + " (" + receipt.version() + ")"},
                new String[] {
                    "Consent given or withdrawn",
                    receipt.status() + " at "
                            + Instant.ofEpochSecond(receipt.consentTimestamp()) + ", lawful basis "
                            + receipt.lawfulBasis()
                },
                new String[] {"Customer (pseudonymous key)", receipt.piiPrincipalId()},
                new String[] {
                    "Controller", controller.piiController() + ", " + controller.address() + ", " + controller.contact()
                },
                new String[] {"Jurisdiction", receipt.jurisdiction()},
                new String[] {"Collected through", receipt.collectionMethod()},
                new String[] {"Service", receipt.services().get(0).service()},
                new String[] {"Purpose as shown (" + receipt.language() + ")", purpose.purpose()},
                new String[] {"Kept", purpose.termination()},
                new String[] {"Privacy policy", receipt.policyUrl() + " (version " + receipt.policyVersion() + ")"},
                new String[] {"Notice version", String.valueOf(receipt.noticeVersion())});
    }

    private static List<String> wrap(String value) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : value.replaceAll("\\s+", " ").split(" ")) {
            if (line.length() + word.length() + 1 > WRAP && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream in = ReceiptPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font " + resource + " is not on the class path");
            }
            return PDType0Font.load(document, in);
        }
    }
}
