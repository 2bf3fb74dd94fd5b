package dev.easel.clv.model;

import java.util.Arrays;
import java.util.List;

/**
 * Frequency, recency and age in columns, each row weighted by the number of customers it stands for. Columns keep
 * the fitting and scoring loops on primitive arrays; the arrays are owned by the table and must not be changed.
 */
public final class RfmTable {

    private final int[] x;
    private final double[] recency;
    private final double[] age;
    private final double[] weight;

    private RfmTable(int[] x, double[] recency, double[] age, double[] weight) {
        this.x = x;
        this.recency = recency;
        this.age = age;
        this.weight = weight;
    }

    /** A table with weight 1 per row; checks that 0 <= t_x <= T and that t_x = 0 when x = 0. */
    public static RfmTable of(int[] x, double[] recency, double[] age) {
        double[] ones = new double[x.length];
        Arrays.fill(ones, 1.0);
        return of(x, recency, age, ones);
    }

    public static RfmTable of(int[] x, double[] recency, double[] age, double[] weight) {
        int n = x.length;
        if (recency.length != n || age.length != n || weight.length != n) {
            throw new IllegalArgumentException("columns differ in length");
        }
        for (int i = 0; i < n; i++) {
            if (x[i] < 0 || recency[i] < 0 || age[i] < recency[i] || weight[i] < 0 || (x[i] == 0 && recency[i] != 0)) {
                throw new IllegalArgumentException("row " + i + " is inconsistent: x=" + x[i] + ", t_x=" + recency[i]
                        + ", T=" + age[i] + ", weight=" + weight[i]);
            }
        }
        return new RfmTable(x, recency, age, weight);
    }

    public static RfmTable of(List<CustomerSummary> customers) {
        int n = customers.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerSummary c = customers.get(i);
            x[i] = c.x();
            tx[i] = c.recency();
            t[i] = c.age();
        }
        return of(x, tx, t);
    }

    /** Identical (x, t_x, T) rows merged into one row whose weight is their summed weight. */
    public RfmTable grouped() {
        int n = size();
        // Open addressing on the three columns' bits; groups keep the order in which they were first seen.
        int capacity = Integer.highestOneBit(Math.max(16, n) * 2 - 1) * 2;
        int mask = capacity - 1;
        int[] slots = new int[capacity];
        Arrays.fill(slots, -1);
        int[] gx = new int[n];
        double[] gtx = new double[n];
        double[] gt = new double[n];
        double[] gw = new double[n];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            long recencyBits = Double.doubleToLongBits(recency[i]);
            long ageBits = Double.doubleToLongBits(age[i]);
            long h = (recencyBits * 0x9E3779B97F4A7C15L + ageBits) * 0xC2B2AE3D27D4EB4FL + x[i];
            int slot = (int) (h ^ (h >>> 29) ^ (h >>> 47)) & mask;
            while (true) {
                int group = slots[slot];
                if (group < 0) {
                    slots[slot] = groups;
                    gx[groups] = x[i];
                    gtx[groups] = recency[i];
                    gt[groups] = age[i];
                    gw[groups] = weight[i];
                    groups++;
                    break;
                }
                if (gx[group] == x[i]
                        && Double.doubleToLongBits(gtx[group]) == recencyBits
                        && Double.doubleToLongBits(gt[group]) == ageBits) {
                    gw[group] += weight[i];
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return new RfmTable(
                Arrays.copyOf(gx, groups),
                Arrays.copyOf(gtx, groups),
                Arrays.copyOf(gt, groups),
                Arrays.copyOf(gw, groups));
    }

    public int size() {
        return x.length;
    }

    public double totalWeight() {
        double sum = 0;
        for (double w : weight) {
            sum += w;
        }
        return sum;
    }

    public int maxX() {
        int max = 0;
        for (int v : x) {
            max = Math.max(max, v);
        }
        return max;
    }

    public int x(int i) {
        return x[i];
    }

    public double recency(int i) {
        return recency[i];
    }

    public double age(int i) {
        return age[i];
    }

    public double weight(int i) {
        return weight[i];
    }

    int[] xColumn() {
        return x;
    }

    double[] recencyColumn() {
        return recency;
    }

    double[] ageColumn() {
        return age;
    }

    double[] weightColumn() {
        return weight;
    }
}
