package org.serviceplan.journey.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.serviceplan.journey.internal.Journey;
import org.serviceplan.journey.internal.Pain;
import org.serviceplan.journey.internal.Touchpoint;
import org.springframework.context.MessageSource;

/**
 * The whole map as a spreadsheet: one row per touchpoint in map order with its path (stage, zone, element),
 * channel, expectation, quality, gap and its pains, so the map can be filtered and sorted where consultants
 * already work.
 */
final class JourneyWorkbook {

	static final List<String> COLUMNS = List.of("stage", "zone", "element", "touchpoint", "channel", "expectation",
			"quality", "gap", "pains", "painList");

	private JourneyWorkbook() {
	}

	static byte[] write(Journey journey, MessageSource messages, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(messages.getMessage("journey.analysis.export.sheet", null, locale));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(messages.getMessage("journey.analysis.export.column." + COLUMNS.get(i), null, locale));
				header.getCell(i).setCellStyle(bold);
			}
			int r = 1;
			for (Touchpoint t : journey.touchpoints()) {
				Row row = sheet.createRow(r++);
				String zone = journey.zoneOf(t).map(id -> journey.zone(id).name()).orElse("");
				row.createCell(0).setCellValue(journey.stage(journey.stageOf(t)).name());
				row.createCell(1).setCellValue(zone);
				row.createCell(2).setCellValue(t.elementId() == null ? "" : journey.element(t.elementId()).name());
				row.createCell(3).setCellValue(t.name());
				row.createCell(4).setCellValue(t.channel() == null ? ""
						: messages.getMessage("touchpoint.channel." + t.channel().name(), null, locale));
				number(row, 5, t.expectation());
				number(row, 6, t.quality());
				number(row, 7, t.expectation() == null || t.quality() == null ? null : t.quality() - t.expectation());
				List<Pain> pains = journey.painsOf(t.id());
				row.createCell(8).setCellValue(pains.size());
				row.createCell(9).setCellValue(pains.stream()
					.map(p -> messages.getMessage("journey.analysis.export.pain",
							new Object[] { p.description(), p.severity(), p.frequency(),
									messages.getMessage("pain.status." + p.status().name(), null, locale) },
							locale))
					.collect(Collectors.joining("\n")));
			}
			for (int i = 0; i < COLUMNS.size(); i++) {
				sheet.setColumnWidth(i, i == 9 ? 80 * 256 : 22 * 256);
			}
			sheet.createFreezePane(0, 1);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void number(Row row, int column, Integer value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}
}
