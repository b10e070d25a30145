package vn.xanh.intake.internal.form;

import java.util.List;
import java.util.Optional;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Names;
import vn.xanh.catalog.Template;
import vn.xanh.intake.internal.workbook.SheetData;

/** Where the data table was found and what shape it has. */
public record DataTable(SheetData sheet, Template.Layout layout, int headerRow, Object columns) {

    /** The first table of any layout, sheet by sheet, skipping the guidance and the OCOP list. */
    public static Optional<DataTable> locate(Catalog catalog, List<SheetData> sheets) {
        for (SheetData sheet : sheets) {
            String name = Names.fold(sheet.name());
            if (name.startsWith("huong dan") || name.equals("ocop")) {
                continue;
            }
            // Row by row, every layout at each row: the heading is near the top, so a 200,000-row register is
            // recognised at its fifth row instead of after every cell of every row was tried as a market table.
            for (SheetData.Row row : sheet.rows()) {
                Optional<DataTable> table = locateAt(catalog, sheet, new SheetData(sheet.name(), List.of(row)));
                if (table.isPresent()) {
                    return table;
                }
            }
        }
        return Optional.empty();
    }

    /** The table whose heading is the one row of {@code heading}, in the order the layouts are tried. */
    private static Optional<DataTable> locateAt(Catalog catalog, SheetData sheet, SheetData heading) {
        for (Template template : catalog.templates()) {
            if (template.layout() == Template.Layout.MARKET_ROWS) {
                Optional<MarketRowsReader.Columns> columns = MarketRowsReader.locate(heading, template);
                if (columns.isPresent()) {
                    return Optional.of(new DataTable(sheet, template.layout(), columns.get().headerRow(),
                            columns.get()));
                }
            }
            if (template.layout() == Template.Layout.ACTIVITY_LOG) {
                Optional<ActivityTableReader.Columns> columns = ActivityTableReader.locate(heading,
                        template.activityLog());
                if (columns.isPresent()) {
                    return Optional.of(new DataTable(sheet, template.layout(), columns.get().headerRow(),
                            columns.get()));
                }
            }
            if (template.layout() == Template.Layout.HOUSEHOLD_REGISTER) {
                Optional<HouseholdRegisterReader.Columns> columns = HouseholdRegisterReader.locate(heading, template);
                if (columns.isPresent()) {
                    return Optional.of(new DataTable(sheet, template.layout(), columns.get().headerRow(),
                            columns.get()));
                }
            }
        }
        return FormReader.locate(heading)
                .map(form -> new DataTable(sheet, Template.Layout.FORM, form.headerRow(), form));
    }
}
