/**
 * Loads and validates the editable definitions in {@code jobs/}: the indicators, the submission
 * templates, the unit registry, the digest recipients and the schedule. Plain records, no database
 * access; every other stage reads the catalogue, none writes it.
 */
package vn.xanh.catalog;
