/**
 * The form room: takes the sheets' cells and the catalog, finds the data table and recognises the template, the
 * unit and the month, and gives out what the form says (readings of unit and metric, activities, green models,
 * OCOP products, register counts) with a Vietnamese problem for each cell it cannot take. Knows the workbook room
 * only through its cells.
 */
package vn.xanh.intake.internal.form;
