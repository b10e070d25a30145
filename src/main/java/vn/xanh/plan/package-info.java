/**
 * The plan carried out: what the organisations and party cells logged (HOATDONG), the expectations of
 * {@code jobs/plan.yml} checked per period and organisation, and the periodic report in the Party's
 * document format ({@code output/reports/bao-cao-<kỳ>.docx}). Reads the catalogue, the facts and the
 * indicators; knows nothing of the report workbook, the digest, the job or the command line.
 */
package vn.xanh.plan;
