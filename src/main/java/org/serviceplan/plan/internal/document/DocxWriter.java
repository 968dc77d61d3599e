package org.serviceplan.plan.internal.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.serviceplan.plan.internal.BudgetTable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the plan as a Word document with Apache POI: real heading styles (so Word's navigation and table of
 * contents see the sections), real tables, and the introduction's Markdown as Word paragraphs and list items.
 */
@Component
class DocxWriter {

	static final String TITLE = "Title";
	static final String HEADING_1 = "Heading1";
	static final String HEADING_2 = "Heading2";
	/** Word's fonts for the document; Liberation Sans is metric-compatible with Arial and has Cyrillic. */
	static final String FONT = "Arial";

	private final MessageSource messages;

	DocxWriter(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(PlanDocument doc, Locale locale) {
		Wording words = new Wording(messages, locale);
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			docx.getProperties().getCoreProperties().setTitle(doc.title());
			docx.getProperties().getCoreProperties().setCreator(doc.company());
			styles(docx);
			landscape(docx);
			titlePage(docx, doc, words);
			if (doc.introduction() != null && !doc.introduction().isBlank()) {
				heading(docx, HEADING_1, words.text("document.section.introduction"));
				new MarkdownDocx(docx).append(doc.introduction());
			}
			people(docx, doc, words);
			heading(docx, HEADING_1, words.text("document.section.checkpoints"));
			table(docx, List.of(words.text("control.checkpoints.date"), words.text("control.checkpoints.name")),
					doc.checkpoints().stream().map(c -> List.of(words.date(c.date()), c.title())).toList());
			heading(docx, HEADING_1, words.text("document.section.goals"));
			table(docx, List.of("", words.text("plan.goal.title"), words.text("plan.goal.description"),
					words.text("document.goal.tasks")),
					java.util.stream.IntStream.range(0, doc.goals().size()).mapToObj(i -> {
						PlanDocument.GoalRow g = doc.goals().get(i);
						return List.of(String.valueOf(i + 1), g.title(), text(g.description()), String.valueOf(g.tasks()));
					}).toList());
			tasks(docx, doc, words);
			budget(docx, doc, words);
			approval(docx, doc, words);
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void titlePage(XWPFDocument docx, PlanDocument doc, Wording words) {
		centered(docx, doc.company(), 16, false).setSpacingBefore(3600);
		centered(docx, words.text("document.kind").toUpperCase(words.locale()), 11, false).setSpacingBefore(600);
		XWPFParagraph title = centered(docx, doc.title(), 28, true);
		title.setStyle(TITLE);
		centered(docx, words.period(doc), 13, false);
		centered(docx, words.text("document.status", words.text("plan.status." + doc.status().name())), 11, false)
			.setSpacingBefore(600);
		centered(docx, approvalText(doc, words), 11, false);
		docx.createParagraph().createRun().addBreak(BreakType.PAGE);
	}

	private void people(XWPFDocument docx, PlanDocument doc, Wording words) {
		heading(docx, HEADING_1, words.text("document.section.people"));
		List<List<String>> rows = new java.util.ArrayList<>();
		if (doc.lead() != null) {
			rows.add(List.of(doc.lead().name(), words.text("document.people.lead"), words.role(doc.lead())));
		}
		doc.authors().forEach(a -> rows.add(List.of(a.name(), words.text("document.people.author"), words.role(a))));
		table(docx, List.of(words.text("document.people.name"), words.text("document.people.inPlan"),
				words.text("document.people.role")), rows);
	}

	private void tasks(XWPFDocument docx, PlanDocument doc, Wording words) {
		heading(docx, HEADING_1, words.text("document.section.tasks"));
		List<String> header = List.of(words.text("plan.task.field.title"), words.text("plan.task.field.responsible"),
				words.text("plan.task.field.dates"), words.text("plan.task.field.expectedResult"),
				words.text("plan.task.field.reportingFormat"), words.text("plan.task.field.budget"),
				words.text("document.task.reward"));
		for (PlanDocument.Block block : doc.blocks()) {
			heading(docx, HEADING_2, block.name());
			table(docx, header, block.tasks().stream().map(t -> List.of(
					t.goal() == null ? t.title() : t.title() + "\n" + t.goal(),
					t.coExecutors().isEmpty() ? text(t.responsible())
							: t.responsible() + "\n" + String.join(", ", t.coExecutors()),
					words.date(t.start()) + " – " + words.date(t.due()),
					words.expected(t),
					text(t.reportingFormat()),
					t.source() == null ? words.money(t.budget(), t.currency())
							: words.money(t.budget(), t.currency()) + "\n" + t.source(),
					text(t.reward()))).toList());
		}
	}

	private void budget(XWPFDocument docx, PlanDocument doc, Wording words) {
		heading(docx, HEADING_1, words.text("document.section.budget"));
		BudgetTable budget = doc.budget();
		for (String kind : List.of("block", "source")) {
			heading(docx, HEADING_2, words.text("control.budget.by." + kind));
			List<BudgetTable.Row> rows = kind.equals("block") ? budget.byBlock() : budget.bySource();
			List<List<String>> cells = new java.util.ArrayList<>(rows.stream()
				.map(r -> List.of(r.name() == null ? words.text("control.budget.noSource") : r.name(),
						words.money(r.planned(), doc.currency())))
				.toList());
			cells.add(List.of(words.text("control.budget.total"), words.money(budget.total().planned(), doc.currency())));
			XWPFTable table = table(docx, List.of(words.text("control.budget.column." + kind),
					words.text("control.budget.planned")), cells);
			table.getRow(table.getNumberOfRows() - 1).getTableCells()
				.forEach(c -> c.getParagraphs().forEach(p -> p.getRuns().forEach(r -> r.setBold(true))));
		}
		if (!budget.inOtherCurrency().isEmpty()) {
			paragraph(docx, words.text("control.budget.otherCurrency",
					String.join(", ", budget.inOtherCurrency().stream().map(t -> t.title()).toList())));
		}
	}

	private void approval(XWPFDocument docx, PlanDocument doc, Wording words) {
		heading(docx, HEADING_1, words.text("document.section.approval"));
		paragraph(docx, approvalText(doc, words));
		String line = "______________________________";
		paragraph(docx, words.text("document.signature.owner") + "   " + line + "   / "
				+ (doc.approved() ? doc.approvedBy() : "                    ") + " /").setSpacingBefore(480);
		if (doc.lead() != null) {
			paragraph(docx, words.text("document.signature.lead") + "   " + line + "   / " + doc.lead().name() + " /")
				.setSpacingBefore(480);
		}
		paragraph(docx, words.text("document.signature.date") + "   " + line).setSpacingBefore(480);
	}

	private static String approvalText(PlanDocument doc, Wording words) {
		return doc.approved() ? words.text("document.approvedBy", doc.approvedBy(), words.dateTime(doc.approvedAt()))
				: words.text("document.notApproved");
	}

	private static XWPFParagraph centered(XWPFDocument docx, String text, int size, boolean bold) {
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontSize(size);
		run.setBold(bold);
		return paragraph;
	}

	private static void heading(XWPFDocument docx, String style, String text) {
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.setStyle(style);
		paragraph.createRun().setText(text);
	}

	private static XWPFParagraph paragraph(XWPFDocument docx, String text) {
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.createRun().setText(text);
		return paragraph;
	}

	/** A4 landscape with narrow margins: the task table has eight columns that portrait squeezes to a word a line. */
	private static void landscape(XWPFDocument docx) {
		CTSectPr section = docx.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setOrient(STPageOrientation.LANDSCAPE);
		size.setW(BigInteger.valueOf(16838));
		size.setH(BigInteger.valueOf(11906));
		CTPageMar margins = section.addNewPgMar();
		BigInteger twoCentimetres = BigInteger.valueOf(1134);
		BigInteger oneAndAHalf = BigInteger.valueOf(850);
		margins.setTop(oneAndAHalf);
		margins.setBottom(oneAndAHalf);
		margins.setLeft(twoCentimetres);
		margins.setRight(oneAndAHalf);
	}

	/** A table with a bold header row repeated on every page; a cell's line breaks become Word line breaks. */
	private static XWPFTable table(XWPFDocument docx, List<String> header, List<List<String>> rows) {
		XWPFTable table = docx.createTable(1 + rows.size(), header.size());
		table.setWidth("100%");
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		for (int c = 0; c < header.size(); c++) {
			fill(head.getCell(c), header.get(c), true);
		}
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			row.setCantSplitRow(true);
			for (int c = 0; c < header.size(); c++) {
				fill(row.getCell(c), rows.get(r).get(c), false);
			}
		}
		docx.createParagraph();
		return table;
	}

	private static void fill(XWPFTableCell cell, String text, boolean bold) {
		XWPFRun run = cell.getParagraphs().get(0).createRun();
		run.setBold(bold);
		run.setFontSize(9);
		String[] lines = text(text).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	/** Paragraph styles the document refers to: a blank POI document has none, and Word would ignore the names. */
	private static void styles(XWPFDocument docx) {
		XWPFStyles styles = docx.createStyles();
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		styles.setDefaultFonts(fonts);
		styles.addStyle(style(TITLE, "Title", -1, 56));
		styles.addStyle(style(HEADING_1, "heading 1", 0, 32));
		styles.addStyle(style(HEADING_2, "heading 2", 1, 26));
	}

	private static XWPFStyle style(String id, String name, int outlineLevel, int halfPoints) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel < 0 ? 10 : 9));
		style.addNewQFormat();
		CTPPrGeneral paragraph = style.addNewPPr();
		paragraph.addNewKeepNext();
		paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel < 0 ? 120 : 360));
		paragraph.getSpacing().setAfter(BigInteger.valueOf(120));
		if (outlineLevel >= 0) {
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
		}
		CTRPr run = style.addNewRPr();
		run.addNewB();
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		run.addNewColor().setVal(outlineLevel < 0 ? "111111" : "1D4F91");
		return new XWPFStyle(style);
	}
}
