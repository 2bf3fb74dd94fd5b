"""Writes a simulated transaction log (customerId,date,amount) drawn from known BG/NBD and Gamma-Gamma parameters.

Customers join uniformly over the first year; while alive each buys at a Poisson rate lambda ~ Gamma(r, alpha) per day
and drops out after each repeat purchase with probability p ~ Beta(a, b) (Fader, Hardie and Lee 2005). Spend per
purchase is Gamma(p, nu), nu ~ Gamma(q, gamma). The log runs two years; several purchases on one day stay separate rows.

usage: python3 bench/population.py CUSTOMERS OUT.csv [SEED]
"""
import sys
import datetime as dt

import numpy as np

R, ALPHA, A, B = 0.25, 28.0, 0.8, 2.5
P, Q, GAMMA = 6.0, 4.0, 15.0
START = dt.date(2024, 11, 1)
DAYS = 730


def simulate(n, seed):
    rng = np.random.default_rng(seed)
    rate = rng.gamma(R, 1.0 / ALPHA, n)
    dropout = rng.beta(A, B, n)
    nu = rng.gamma(Q, 1.0 / GAMMA, n)
    join = rng.integers(0, 365, n)
    customers, days = [np.arange(n)], [join.astype(np.float64)]
    t = join.astype(np.float64)
    alive = np.ones(n, dtype=bool)
    while alive.any():
        idx = np.flatnonzero(alive)
        t[idx] += rng.exponential(1.0 / rate[idx])
        bought = idx[t[idx] < DAYS]
        customers.append(bought)
        days.append(t[bought])
        alive[:] = False
        alive[bought] = rng.random(bought.size) >= dropout[bought]
    who = np.concatenate(customers)
    day = np.floor(np.concatenate(days)).astype(np.int64)
    amount = rng.gamma(P, 1.0 / nu[who])
    order = np.lexsort((day, who))
    return who[order], day[order], amount[order]


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261202
    who, day, amount = simulate(n, seed)
    dates = np.array([(START + dt.timedelta(days=int(d))).isoformat() for d in range(DAYS)])
    with open(out, "w") as f:
        f.write("customerId,date,amount\n")
        lines = np.char.add(np.char.add(np.char.add(np.char.add(
            np.char.add("c", who.astype(str)), ","), dates[day]), ","), np.char.mod("%.2f", amount))
        f.write("\n".join(lines.tolist()))
        f.write("\n")
    print(f"{n} customers, {who.size} transactions -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
