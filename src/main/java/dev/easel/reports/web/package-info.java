/** The console's reports page: the reports a role may read, each with its parameter form and format. */
package dev.easel.reports.web;
