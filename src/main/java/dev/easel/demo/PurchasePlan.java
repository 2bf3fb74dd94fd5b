package dev.easel.demo;

import java.util.Arrays;

/**
 * The moments one customer orders, in time order, and which of them are bulk orders. Holds times only (a few
 * hundred at most), never orders: each order is built and written when its turn comes.
 */
final class PurchasePlan {

    private long[] times = new long[8];
    private boolean[] bulk = new boolean[8];
    private int size;

    void add(long time, boolean isBulk) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            bulk = Arrays.copyOf(bulk, size * 2);
        }
        times[size] = time;
        bulk[size] = isBulk;
        size++;
    }

    int size() {
        return size;
    }

    long time(int index) {
        return times[index];
    }

    boolean bulk(int index) {
        return bulk[index];
    }

    /** Insertion sort: plans are short and nearly sorted already. */
    void sort() {
        for (int i = 1; i < size; i++) {
            long time = times[i];
            boolean isBulk = bulk[i];
            int j = i - 1;
            while (j >= 0 && times[j] > time) {
                times[j + 1] = times[j];
                bulk[j + 1] = bulk[j];
                j--;
            }
            times[j + 1] = time;
            bulk[j + 1] = isBulk;
        }
    }
}
