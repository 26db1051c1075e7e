//! The review sample as an XLSX spreadsheet, for annotators who work in Excel or LibreOffice:
//! the same columns as the CSV, the header row frozen, the `text` column wide with wrapped text,
//! and a drop-down list (right, wrong) on the verdict columns. Written with `rust_xlsxwriter`.

use std::path::Path;

use rust_xlsxwriter::{DataValidation, Format, Workbook};

/// Widest a column is made, in characters.
const WIDEST: f64 = 60.0;

/// Writes `rows` (cells in `header` order) to `path` as one sheet. Cells are written as text,
/// never as formulas or numbers (so `1-42` stays a record id). An error names the file.
pub fn write_xlsx(path: &Path, header: &[&str], rows: &[Vec<String>]) -> Result<(), String> {
    let shown = crate::paths::display(path);
    let fail = |e: rust_xlsxwriter::XlsxError| format!("{shown}: cannot write the spreadsheet: {e}");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("review").map_err(fail)?;
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(rust_xlsxwriter::FormatAlign::Top);
    let top = Format::new().set_align(rust_xlsxwriter::FormatAlign::Top);
    for (c, name) in header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *name, &bold).map_err(fail)?;
    }
    for (r, cells) in rows.iter().enumerate() {
        for (c, cell) in cells.iter().enumerate().take(header.len()) {
            let format = if header[c] == "text" { &wrap } else { &top };
            sheet.write_string_with_format(r as u32 + 1, c as u16, cell, format).map_err(fail)?;
        }
    }
    for (c, name) in header.iter().enumerate() {
        let longest = rows.iter().map(|r| r.get(c).map_or(0, |s| s.chars().count())).max().unwrap_or(0);
        let width = if *name == "text" { WIDEST } else { (longest.max(name.chars().count()) as f64 + 2.0).min(WIDEST) };
        sheet.set_column_width(c as u16, width).map_err(fail)?;
        if name.starts_with("verdict_") && !rows.is_empty() {
            let list = DataValidation::new()
                .allow_list_strings(&["right", "wrong"])
                .map_err(fail)?
                .set_error_title("right or wrong")
                .map_err(fail)?
                .set_error_message("Write right or wrong (or leave the cell blank when the theme is not judged).")
                .map_err(fail)?;
            sheet.add_data_validation(1, c as u16, rows.len() as u32, c as u16, &list).map_err(fail)?;
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(fail)?;
    book.save(path).map_err(fail)
}
