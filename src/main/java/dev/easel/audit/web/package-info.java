/** The auditor's desk in the console: the audit log, a customer's decision timeline, exports and the chain. */
package dev.easel.audit.web;
