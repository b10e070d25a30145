/**
 * The writer room: takes the catalog's templates, or a refused workbook and its problems, and gives out new
 * workbooks: the blank templates, a filled-in submission's layout (for the demo and the bench), and the marked-up
 * copy that tells a clerk which cells to fix. Writes with POI's workbook model and uses no other room.
 */
package vn.xanh.intake.internal.writer;
