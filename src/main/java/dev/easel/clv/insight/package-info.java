/** Set-based reads of current CLVs for the console: totals, distributions, segments, cohorts, the customer list. */
package dev.easel.clv.insight;
