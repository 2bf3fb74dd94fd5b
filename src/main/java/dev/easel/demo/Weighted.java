package dev.easel.demo;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/** Picks one of a fixed list of choices with given weights, in logarithmic time. */
final class Weighted<T> {

    private final List<T> choices;
    private final double[] cumulative;

    private Weighted(List<T> choices, double[] weights) {
        if (choices.isEmpty() || choices.size() != weights.length) {
            throw new IllegalArgumentException("one weight per choice, at least one choice");
        }
        this.choices = List.copyOf(choices);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    static <T> Weighted<T> of(List<T> choices, double... weights) {
        return new Weighted<>(choices, weights);
    }

    static <T> Weighted<T> of(List<T> choices, ToDoubleFunction<T> weight) {
        return new Weighted<>(choices, choices.stream().mapToDouble(weight).toArray());
    }

    T pick(RandomGenerator random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        index = index >= 0 ? index + 1 : -index - 1;
        return choices.get(Math.min(index, choices.size() - 1));
    }
}
