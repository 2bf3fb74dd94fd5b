package dev.easel.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the reports' charts with JFreeChart (the chart library of jasperreports-charts) as images that the templates
 * place with an image element: one plain look for every chart, drawn at twice the size it prints for sharp PDFs.
 */
final class ChartImages {

    static final int WIDTH = 390;
    static final int HEIGHT = 250;
    private static final int SCALE = 2;
    private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 10);
    private static final Color[] SERIES = {
        new Color(0x3B6EA5),
        new Color(0xD9822B),
        new Color(0x4E9A50),
        new Color(0xB5475A),
        new Color(0x7A5EA8),
        new Color(0x6B6B6B)
    };

    private ChartImages() {}

    /** Vertical bars, one series per row key. */
    static BufferedImage bars(
            String title, String categoryLabel, String valueLabel, DefaultCategoryDataset data, boolean percent) {
        JFreeChart chart = ChartFactory.createBarChart(
                title, categoryLabel, valueLabel, data, PlotOrientation.VERTICAL, data.getRowCount() > 1, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
        }
        return draw(chart, percent);
    }

    /** Lines with a point per category, one line per row key. */
    static BufferedImage lines(
            String title, String categoryLabel, String valueLabel, DefaultCategoryDataset data, boolean percent) {
        // Always a legend: a single line still needs its name (one jurisdiction family, one cohort).
        JFreeChart chart = ChartFactory.createLineChart(
                title, categoryLabel, valueLabel, data, PlotOrientation.VERTICAL, true, false, false);
        LineAndShapeRenderer renderer =
                (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
            renderer.setSeriesStroke(i, new BasicStroke(1.5f));
        }
        return draw(chart, percent);
    }

    private static BufferedImage draw(JFreeChart chart, boolean percent) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.getTitle().setFont(FONT.deriveFont(Font.BOLD, 11f));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(FONT);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCCCCCC));
        plot.setOutlineVisible(false);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(FONT.deriveFont(8f));
        categories.setLabelFont(FONT);
        // Two years of months side by side overlap at 45 degrees: upright labels need only a line's height each.
        categories.setCategoryLabelPositions(
                plot.getDataset().getColumnCount() > 12 ? CategoryLabelPositions.UP_90 : CategoryLabelPositions.UP_45);
        categories.setMaximumCategoryLabelLines(2);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setTickLabelFont(FONT.deriveFont(8f));
        values.setLabelFont(FONT);
        values.setNumberFormatOverride(percent ? new DecimalFormat("0%") : new DecimalFormat("#,##0"));
        if (percent) {
            values.setRange(0, 1);
        } else {
            // Whole-number ticks: with small counts, fractional ticks printed as whole numbers repeat (0, 0, 1, 1).
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        plot.setNoDataMessage("No figures for this period.");
        plot.setNoDataMessageFont(FONT.deriveFont(11f));
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            graphics.scale(SCALE, SCALE);
            chart.draw(graphics, new java.awt.geom.Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            graphics.dispose();
        }
        return image;
    }
}
