/**
 * Intake: finds the workbooks dropped into {@code input/}, reads them as people really typed them,
 * recognises the template, validates every cell, writes the facts of an accepted file and moves each
 * file to {@code processed/} or {@code rejected/} with a report. Uses {@code catalog} and
 * {@code facts}; knows nothing of indicators, reports or the digest. Its internals are in rooms under
 * {@code internal} (workbook, form, check, writer, folder), each reaching only the rooms below it (docs/intake.md).
 */
package vn.xanh.intake;
