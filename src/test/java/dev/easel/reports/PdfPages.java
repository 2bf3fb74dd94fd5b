package dev.easel.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered PDF read page by page: each page's text and how many images it draws. */
record PdfPages(List<String> texts, List<Integer> images) {

    static PdfPages read(byte[] pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        List<Integer> images = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
                images.add(imagesOn(document.getPage(page - 1)));
            }
        }
        return new PdfPages(List.copyOf(texts), List.copyOf(images));
    }

    /** Keeps the document under target/reports, so that a reader can look at it (pdftoppm -png). */
    static void keep(String name, byte[] pdf) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "reports"));
        Files.write(folder.resolve(name), pdf);
    }

    /** The first page whose text contains the given text, or -1. */
    int pageWith(String text) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    String all() {
        return String.join("\n", texts);
    }

    private static int imagesOn(PDPage page) throws IOException {
        int count = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                count++;
            }
        }
        return count;
    }
}
