/** The media type of an Excel workbook (.xlsx), for the files the app hands over. */
export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
