/**
 * The ledger's HTTP face: ingestion, CSV upload and the role-masked customer read. Uses only the module's public types.
 */
package dev.easel.commerce.web;
