package org.serviceplan.journey.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.serviceplan.journey.internal.Channel;
import org.serviceplan.journey.internal.Journeys.ImportedTouchpoint;
import org.serviceplan.journey.internal.PainDetails;
import org.serviceplan.journey.internal.PainStatus;
import org.serviceplan.journey.internal.TouchpointDetails;
import org.springframework.context.MessageSource;

/**
 * Reads a map back from the export's layout (XLSX, or CSV with the same columns): the first row is the header,
 * then one touchpoint per row. Every row is checked before anything is stored, and each problem is reported with
 * its row number and column, so a file is imported whole or not at all.
 */
final class JourneyImportFile {

	/** A pain line as the export writes it: "description (severity 4, frequency 3, Open)" in either language. */
	private static final Pattern PAIN = Pattern.compile("^(.+?)\\s*\\(\\D*?(\\d+)\\D+?(\\d+)(?:,\\s*([^)]*))?\\)$");

	record Problem(int row, String column, String message) {
	}

	record Result(List<ImportedTouchpoint> rows, List<Problem> problems) {
	}

	private JourneyImportFile() {
	}

	static Result noFile(MessageSource messages, Locale locale) {
		return new Result(List.of(), List.of(new Problem(0, "",
				messages.getMessage("journey.analysis.import.noFile", null, locale))));
	}

	static Result read(String fileName, byte[] content, MessageSource messages, Locale locale) {
		List<List<String>> table;
		try {
			table = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? csv(content) : xlsx(content);
		}
		catch (IOException | RuntimeException e) {
			return new Result(List.of(), List.of(new Problem(0, "",
					messages.getMessage("journey.analysis.import.unreadable", null, locale))));
		}
		List<ImportedTouchpoint> rows = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (int r = 1; r < table.size(); r++) {
			List<String> cells = table.get(r);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			int rowNumber = r + 1;
			Row row = new Row(rowNumber, cells, problems, messages, locale);
			String stage = row.text(0);
			String zone = row.text(1);
			String element = row.text(2);
			String name = row.text(3);
			if (stage == null) {
				row.problem(0, "journey.analysis.import.required");
			}
			if (name == null) {
				row.problem(3, "journey.analysis.import.required");
			}
			if (element != null && zone == null) {
				row.problem(2, "journey.analysis.import.elementWithoutZone");
			}
			Channel channel = row.text(4) == null ? null : channel(row.text(4), messages).orElse(null);
			if (row.text(4) != null && channel == null) {
				row.problem(4, "journey.analysis.import.unknownChannel");
			}
			Integer expectation = row.score(5);
			Integer quality = row.score(6);
			List<PainDetails> pains = new ArrayList<>();
			String painText = row.text(9);
			if (painText != null) {
				for (String line : painText.split("\\R")) {
					if (line.isBlank()) {
						continue;
					}
					Matcher m = PAIN.matcher(line.strip());
					int severity = m.matches() ? Integer.parseInt(m.group(2)) : 0;
					int frequency = m.matches() ? Integer.parseInt(m.group(3)) : 0;
					if (!m.matches() || severity < 1 || severity > 5 || frequency < 1 || frequency > 5) {
						row.problem(9, "journey.analysis.import.badPain", line.strip());
						continue;
					}
					PainStatus status = m.group(4) != null && isAddressed(m.group(4).strip(), messages)
							? PainStatus.ADDRESSED : PainStatus.OPEN;
					pains.add(new PainDetails(m.group(1), severity, frequency, null, status));
				}
			}
			if (!row.broken()) {
				rows.add(new ImportedTouchpoint(stage, zone, element,
						new TouchpointDetails(name, null, channel, null, null, null, expectation, quality, null, null),
						pains));
			}
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem(0, "", messages.getMessage("journey.analysis.import.empty", null, locale)));
		}
		return new Result(rows, problems);
	}

	private static Optional<Channel> channel(String text, MessageSource messages) {
		return Arrays.stream(Channel.values())
			.filter(c -> c.name().equalsIgnoreCase(text) || List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH).stream()
				.anyMatch(l -> messages.getMessage("touchpoint.channel." + c.name(), null, l).equalsIgnoreCase(text)))
			.findFirst();
	}

	private static boolean isAddressed(String text, MessageSource messages) {
		return PainStatus.ADDRESSED.name().equalsIgnoreCase(text)
				|| List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH).stream()
					.anyMatch(l -> messages.getMessage("pain.status.ADDRESSED", null, l).equalsIgnoreCase(text));
	}

	/** One data row while it is checked: its cells as text, and whether a problem was found in it. */
	private static final class Row {

		private final int number;
		private final List<String> cells;
		private final List<Problem> problems;
		private final MessageSource messages;
		private final Locale locale;
		private boolean broken;

		Row(int number, List<String> cells, List<Problem> problems, MessageSource messages, Locale locale) {
			this.number = number;
			this.cells = cells;
			this.problems = problems;
			this.messages = messages;
			this.locale = locale;
		}

		String text(int column) {
			String value = column < cells.size() ? cells.get(column).strip() : "";
			return value.isEmpty() ? null : value;
		}

		Integer score(int column) {
			String text = text(column);
			if (text == null) {
				return null;
			}
			try {
				int value = (int) Double.parseDouble(text.replace(',', '.'));
				if (value >= 1 && value <= 5 && value == Double.parseDouble(text.replace(',', '.'))) {
					return value;
				}
			}
			catch (NumberFormatException e) {
				// reported below
			}
			problem(column, "journey.score.outOfRange");
			return null;
		}

		void problem(int column, String key, Object... args) {
			broken = true;
			problems.add(new Problem(number,
					messages.getMessage("journey.analysis.export.column." + JourneyWorkbook.COLUMNS.get(column), null,
							locale),
					messages.getMessage(key, args, locale)));
		}

		boolean broken() {
			return broken;
		}
	}

	private static List<List<String>> xlsx(byte[] content) throws IOException {
		List<List<String>> table = new ArrayList<>();
		DataFormatter format = new DataFormatter(Locale.ROOT);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = book.getSheetAt(0);
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < JourneyWorkbook.COLUMNS.size(); c++) {
					Cell cell = row == null ? null : row.getCell(c);
					cells.add(cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
							: format.formatCellValue(cell));
				}
				table.add(cells);
			}
		}
		return table;
	}

	private static List<List<String>> csv(byte[] content) throws IOException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException e) {
			throw new IOException("not UTF-8", e);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int end = text.indexOf('\n');
		String firstLine = end < 0 ? text : text.substring(0, end);
		// Russian Excel separates with semicolons, most other tools with commas: the header line tells which.
		char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
				? ';' : ',';
		List<List<String>> table = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
			for (CSVRecord record : parser) {
				table.add(record.toList());
			}
		}
		return table;
	}
}
