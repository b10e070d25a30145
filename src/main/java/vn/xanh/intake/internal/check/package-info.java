/**
 * The check room: takes what the forms read, and what the database already holds (the run's recent facts, the
 * fingerprints of earlier submissions), and gives out errors and doubts: parts above their whole, cells converted
 * from old fonts, jumps, households above the village's total, the same numbers three months running, the same
 * bytes sent twice. Uses the form and workbook rooms.
 */
package vn.xanh.intake.internal.check;
