package org.serviceplan.feedback.internal.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table a user uploads: an XLSX workbook's first sheet or a CSV file, as rows of cell texts (the first row is
 * the header). CSV comes from Russian Excel with semicolons and in Windows-1251 as often as in UTF-8 with
 * commas, so the separator is read from the header line and the encoding is the user's choice or detected.
 */
public record UploadedTable(List<List<String>> rows) {

	public UploadedTable {
		rows = List.copyOf(rows);
	}

	/** How the bytes of a CSV file are read. */
	public enum Encoding {
		/** UTF-8 when the bytes are valid UTF-8 (a BOM or not), Windows-1251 otherwise. */
		AUTO, UTF_8, WINDOWS_1251;

		Charset charset(byte[] content) {
			return switch (this) {
				case UTF_8 -> StandardCharsets.UTF_8;
				case WINDOWS_1251 -> Charset.forName("windows-1251");
				case AUTO -> isUtf8(content) ? StandardCharsets.UTF_8 : Charset.forName("windows-1251");
			};
		}

		private static boolean isUtf8(byte[] content) {
			try {
				StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content));
				return true;
			}
			catch (CharacterCodingException e) {
				return false;
			}
		}
	}

	public static boolean isWorkbook(String fileName) {
		return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	/** Reads a file by its name's extension; throws {@link IOException} when it is neither CSV nor a workbook. */
	public static UploadedTable read(String fileName, byte[] content, Encoding encoding) throws IOException {
		return isWorkbook(fileName) ? new UploadedTable(workbook(content))
				: new UploadedTable(csv(content, encoding == null ? Encoding.AUTO : encoding));
	}

	public List<String> header() {
		return rows.isEmpty() ? List.of() : rows.get(0);
	}

	/** The column of a header name (case and spaces ignored), -1 when absent. */
	public int column(String name) {
		List<String> header = header();
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).strip().equalsIgnoreCase(name)) {
				return i;
			}
		}
		return -1;
	}

	/** The data lines: everything after the header, without lines that are entirely blank. */
	public List<Line> lines() {
		List<Line> lines = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			if (rows.get(i).stream().anyMatch(c -> c != null && !c.isBlank())) {
				lines.add(new Line(i + 1, rows.get(i)));
			}
		}
		return lines;
	}

	/** A data line and its number as the user sees it in the file (the header is line 1). */
	public record Line(int number, List<String> cells) {

		/** The cell in a column, stripped; empty when the line is shorter or the column absent. */
		public String cell(int column) {
			return column < 0 || column >= cells.size() || cells.get(column) == null ? "" : cells.get(column).strip();
		}
	}

	private static List<List<String>> workbook(byte[] content) throws IOException {
		List<List<String>> table = new ArrayList<>();
		DataFormatter format = new DataFormatter(Locale.ROOT);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = book.getSheetAt(0);
			int width = 0;
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				int last = row == null ? 0 : Math.max(row.getLastCellNum(), width);
				for (int c = 0; c < last; c++) {
					cells.add(text(row.getCell(c), format));
				}
				width = Math.max(width, cells.size());
				table.add(cells);
			}
		}
		catch (RuntimeException e) {
			throw new IOException("not a workbook", e);
		}
		return table;
	}

	/** Dates as ISO (a workbook keeps them as numbers), numbers without grouping, text as it is. */
	private static String text(Cell cell, DataFormatter format) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			var value = cell.getLocalDateTimeCellValue();
			return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
					: value.toString();
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : format.formatCellValue(cell);
	}

	private static List<List<String>> csv(byte[] content, Encoding encoding) throws IOException {
		String text = new String(content, encoding.charset(content));
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int end = text.indexOf('\n');
		String firstLine = end < 0 ? text : text.substring(0, end);
		// Russian Excel separates with semicolons, most other tools with commas: the header line tells which.
		char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',')
			.count() ? ';' : ',';
		List<List<String>> table = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
			for (CSVRecord record : parser) {
				table.add(record.toList());
			}
		}
		catch (RuntimeException e) {
			throw new IOException("not CSV", e);
		}
		return table;
	}
}
