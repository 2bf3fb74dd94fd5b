"""The numpy/scipy reference for `clv evaluate`: the same steps on the same file, written as a Python analyst would.

Reads customerId,date,amount; merges same-day purchases; summarises x, t_x, T and mean repeat spend up to the calibration end and the
holdout purchases after it; fits BG/NBD and Gamma-Gamma by maximum likelihood (scipy L-BFGS-B on log-parameters); predicts each
customer's holdout purchases (FHL 2005 eq. 10) and the cohort's weekly cumulative repeat purchases (eq. 9 summed over
first-purchase days); prints the parameters, the holdout totals and the time of each phase.

usage: python3 bench/bgnbd_reference.py FILE.csv CALIBRATION_END [HOLDOUT_END]
"""
import sys
import time

import numpy as np
from scipy.optimize import minimize
from scipy.special import gammaln, hyp2f1


def read(path):
    raw = np.loadtxt(path, delimiter=",", skiprows=1, dtype=str)
    _, customer = np.unique(raw[:, 0], return_inverse=True)
    day = raw[:, 1].astype("datetime64[D]").astype(np.int64)
    amount = raw[:, 2].astype(np.float64)
    return customer, day, amount


def summarise(customer, day, amount, calibration_end, holdout_end):
    keep = day <= holdout_end
    customer, day, amount = customer[keep], day[keep], amount[keep]
    pairs, inverse = np.unique(np.stack([customer, day], axis=1), axis=0, return_inverse=True)
    amount = np.bincount(inverse.ravel(), weights=amount)  # same-day purchases merged, amounts summed
    customer, day = pairs[:, 0], pairs[:, 1]
    n = customer.max() + 1
    first = np.full(n, np.iinfo(np.int64).max)
    np.minimum.at(first, customer, day)
    in_cohort = first <= calibration_end
    repeat = day > first[customer]
    calibration = repeat & (day <= calibration_end)
    x = np.bincount(customer[calibration], minlength=n)
    last = first.copy()
    np.maximum.at(last, customer[calibration], day[calibration])
    holdout = np.bincount(customer[repeat & (day > calibration_end)], minlength=n)
    spend = np.bincount(customer[calibration], weights=amount[calibration], minlength=n)
    mean_spend = np.divide(spend, x, out=np.zeros(n), where=x > 0)
    cohort_start = first[in_cohort].min()
    repeat_days = day[repeat & in_cohort[customer]] - cohort_start
    x, last, first, holdout = x[in_cohort], last[in_cohort], first[in_cohort], holdout[in_cohort]
    return x, (last - first).astype(float), (calibration_end - first).astype(float), holdout, first - cohort_start, \
        repeat_days, mean_spend[in_cohort]


def negative_log_likelihood(log_params, x, tx, T):
    r, alpha, a, b = np.exp(log_params)
    common = gammaln(r + x) - gammaln(r) + r * np.log(alpha) + gammaln(a + b) + gammaln(b + x) - gammaln(b) \
        - gammaln(a + b + x)
    alive = -(r + x) * np.log(alpha + T)
    dropped = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + tx),
                       -np.inf)
    return -(common + np.logaddexp(alive, dropped)).sum() / x.size


def fit(x, tx, T):
    result = minimize(negative_log_likelihood, np.zeros(4), args=(x, tx, T), method="L-BFGS-B")
    return np.exp(result.x), result


def gamma_gamma_negative_log_likelihood(log_params, x, m):
    p, q, gamma = np.exp(log_params)
    px = p * x
    return -(gammaln(px + q) - gammaln(px) - gammaln(q) + q * np.log(gamma) + (px - 1) * np.log(m)
             + px * np.log(x) - (px + q) * np.log(gamma + x * m)).sum() / x.size


def fit_spend(x, mean_spend):
    repeat = (x > 0) & (mean_spend > 0)
    result = minimize(gamma_gamma_negative_log_likelihood, np.zeros(3), args=(x[repeat], mean_spend[repeat]),
                      method="L-BFGS-B")
    return np.exp(result.x), result


def conditional_expected(t, r, alpha, a, b, x, tx, T):
    z = t / (alpha + T + t)
    f = hyp2f1(r + x, b + x, a + b + x - 1, z)
    term = (a + b + x - 1) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * f)
    p_alive = 1 / (1 + (x > 0) * a / (b + np.maximum(x, 1) - 1) * ((alpha + T) / (alpha + tx)) ** (r + x))
    return term * p_alive


def expected(t, r, alpha, a, b):
    return (a + b - 1) / (a - 1) * (1 - (alpha / (alpha + t)) ** r * hyp2f1(r, b, a + b - 1, t / (alpha + t)))


def main():
    path, calibration_end = sys.argv[1], np.datetime64(sys.argv[2]).astype(np.int64)
    phases = []
    start = last = time.perf_counter()

    def done(name):
        nonlocal last
        now = time.perf_counter()
        phases.append((name, now - last))
        last = now

    customer, day, amount = read(path)
    done(f"read {day.size} rows")
    holdout_end = np.datetime64(sys.argv[3]).astype(np.int64) if len(sys.argv) > 3 else day.max()
    x, tx, T, holdout, birth, repeat_days, mean_spend = summarise(customer, day, amount, calibration_end,
                                                                    holdout_end)
    done(f"summarise {x.size} customers")
    (r, alpha, a, b), result = fit(x, tx, T)
    done("fit BG/NBD")
    (p, q, gamma), spend_result = fit_spend(x, mean_spend)
    done("fit Gamma-Gamma")
    length = float(holdout_end - calibration_end)
    predicted = conditional_expected(length, r, alpha, a, b, x, tx, T)
    weeks = int((holdout_end - (calibration_end - T.max()) + 7) // 7)
    births, counts = np.unique(birth, return_counts=True)
    tracking = [float((counts * expected(np.maximum(7.0 * (w + 1) - births, 0), r, alpha, a, b)).sum())
                for w in range(weeks)]
    actual = np.cumsum(np.bincount(repeat_days // 7, minlength=weeks))[:weeks]
    done("holdout")
    total = time.perf_counter() - start
    print(f"r={r:.6g} alpha={alpha:.6g} a={a:.6g} b={b:.6g} converged={result.success}")
    print(f"p={p:.6g} q={q:.6g} gamma={gamma:.6g} converged={spend_result.success}")
    print(f"holdout actual={holdout.sum()} expected={predicted.sum():.1f} "
          f"error={(predicted.sum() - holdout.sum()) / holdout.sum():+.2%} tracking weeks={len(tracking)} "
          f"last actual={actual[-1]} expected={tracking[-1]:.1f}")
    for name, seconds in phases:
        print(f"{name:32s} {seconds:8.3f} s", file=sys.stderr)
    print(f"{'total':32s} {total:8.3f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
