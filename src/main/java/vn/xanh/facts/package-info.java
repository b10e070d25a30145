/**
 * The reporting database: submissions, the problems found in them, the facts they carry and the
 * registry of units. One repository per table family, SQL through JdbcClient; no stage logic here.
 */
package vn.xanh.facts;
