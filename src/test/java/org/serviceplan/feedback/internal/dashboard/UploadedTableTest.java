package org.serviceplan.feedback.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.serviceplan.feedback.internal.dashboard.UploadedTable.Encoding;

class UploadedTableTest {

	static final String RUSSIAN_EXCEL = "ref;segment;revenue\nP-1;Постоянные пациенты;1 200,50\n";

	@Test
	void readsRussianExcelCsvInWindows1251WithSemicolonsWhenDetecting() throws Exception {
		byte[] cp1251 = RUSSIAN_EXCEL.getBytes(Charset.forName("windows-1251"));

		UploadedTable table = UploadedTable.read("клиенты.csv", cp1251, Encoding.AUTO);

		assertThat(table.header()).containsExactly("ref", "segment", "revenue");
		assertThat(table.lines().get(0).cell(table.column("segment"))).isEqualTo("Постоянные пациенты");
		assertThat(Cells.number(table.lines().get(0).cell(2))).isEqualByComparingTo("1200.50");
	}

	@Test
	void readsUtf8WithBomAndCommas() throws Exception {
		byte[] utf8 = ("\uFEFFref,segment\nP-1,\"Корпоративные, VIP\"\n").getBytes(StandardCharsets.UTF_8);

		UploadedTable table = UploadedTable.read("c.csv", utf8, Encoding.AUTO);

		assertThat(table.column("ref")).isZero();
		assertThat(table.lines().get(0).cell(1)).isEqualTo("Корпоративные, VIP");
	}

	@Test
	void theUsersChoiceOfEncodingWins() throws Exception {
		byte[] cp1251 = RUSSIAN_EXCEL.getBytes(Charset.forName("windows-1251"));

		UploadedTable chosen = UploadedTable.read("c.csv", cp1251, Encoding.WINDOWS_1251);

		assertThat(chosen.lines().get(0).cell(1)).isEqualTo("Постоянные пациенты");
	}

	@Test
	void workbookDatesComeAsIsoAndLinesKeepTheirNumbersAcrossBlankRows() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			var sheet = book.createSheet();
			sheet.createRow(0).createCell(0).setCellValue("firstPurchase");
			var dated = book.createCellStyle();
			dated.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
			var cell = sheet.createRow(2).createCell(0);
			cell.setCellValue(LocalDate.of(2026, 3, 5));
			cell.setCellStyle(dated);
			book.write(out);
		}

		UploadedTable table = UploadedTable.read("c.xlsx", out.toByteArray(), Encoding.AUTO);

		assertThat(table.lines()).singleElement().satisfies(line -> {
			assertThat(line.number()).isEqualTo(3);
			assertThat(line.cell(0)).isEqualTo("2026-03-05");
		});
	}
}
