package dev.easel.clv.model;

import java.util.Arrays;

/**
 * The distinct (x, T) pairs of a table and, per row, which pair it has. The expected purchases over a horizon depend
 * on a customer's recency only through P(alive), so everything else is computed once per pair: a population in whole
 * days has a few thousand pairs for a million customers. An open-addressing hash on primitives, so that grouping a
 * million rows allocates no object per row.
 */
final class FrequencyAgeGroups {

    private final int[] groupOfRow;
    private final int[] x;
    private final double[] age;

    private FrequencyAgeGroups(int[] groupOfRow, int[] x, double[] age) {
        this.groupOfRow = groupOfRow;
        this.x = x;
        this.age = age;
    }

    static FrequencyAgeGroups of(RfmTable table) {
        int n = table.size();
        int capacity = Integer.highestOneBit(Math.max(16, n) * 2 - 1) * 2;
        int mask = capacity - 1;
        int[] slots = new int[capacity];
        Arrays.fill(slots, -1);
        int[] groupOfRow = new int[n];
        int[] gx = new int[16];
        double[] gAge = new double[16];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            int rowX = table.x(i);
            double rowAge = table.age(i);
            long ageBits = Double.doubleToLongBits(rowAge);
            int slot = hash(rowX, ageBits) & mask;
            while (true) {
                int group = slots[slot];
                if (group < 0) {
                    if (groups == gx.length) {
                        gx = Arrays.copyOf(gx, groups * 2);
                        gAge = Arrays.copyOf(gAge, groups * 2);
                    }
                    gx[groups] = rowX;
                    gAge[groups] = rowAge;
                    slots[slot] = groups;
                    groupOfRow[i] = groups++;
                    break;
                }
                if (gx[group] == rowX && Double.doubleToLongBits(gAge[group]) == ageBits) {
                    groupOfRow[i] = group;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return new FrequencyAgeGroups(groupOfRow, Arrays.copyOf(gx, groups), Arrays.copyOf(gAge, groups));
    }

    private static int hash(int x, long ageBits) {
        long h = ageBits * 0x9E3779B97F4A7C15L + x * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }

    int size() {
        return x.length;
    }

    int groupOf(int row) {
        return groupOfRow[row];
    }

    int x(int group) {
        return x[group];
    }

    double age(int group) {
        return age[group];
    }
}
