package org.serviceplan.plan.internal.document;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The introduction's Markdown as Word content: paragraphs, bulleted and numbered lists (Word numbering, nested
 * by level), bold, italic and code runs, links as their text. Raw HTML in the Markdown stays plain text.
 */
class MarkdownDocx extends AbstractVisitor {

	private static final Parser PARSER = Parser.builder().build();
	private static final int MAX_LEVEL = 8;

	private final XWPFDocument docx;
	private XWPFParagraph paragraph;
	private BigInteger list;
	private int level = -1;
	private boolean bold;
	private boolean italic;

	MarkdownDocx(XWPFDocument docx) {
		this.docx = docx;
	}

	void append(String markdown) {
		PARSER.parse(markdown).accept(this);
	}

	@Override
	public void visit(Paragraph node) {
		// The first paragraph of a list item continues the item's numbered paragraph.
		if (paragraph == null) {
			paragraph = docx.createParagraph();
		}
		visitChildren(node);
		paragraph = null;
	}

	@Override
	public void visit(Heading node) {
		paragraph = docx.createParagraph();
		bold = true;
		visitChildren(node);
		bold = false;
		paragraph = null;
	}

	@Override
	public void visit(BulletList node) {
		list(node, STNumberFormat.BULLET);
	}

	@Override
	public void visit(OrderedList node) {
		list(node, STNumberFormat.DECIMAL);
	}

	private void list(ListBlock node, STNumberFormat.Enum format) {
		BigInteger outer = list;
		// Each list gets its own numbering, so a second numbered list starts again at 1.
		list = numbering(format, node instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
				? ordered.getMarkerStartNumber() : 1);
		level++;
		visitChildren(node);
		level--;
		list = outer;
	}

	@Override
	public void visit(ListItem node) {
		BigInteger own = list;
		paragraph = docx.createParagraph();
		paragraph.setNumID(own);
		paragraph.setNumILvl(BigInteger.valueOf(Math.min(level, MAX_LEVEL)));
		visitChildren(node);
		paragraph = null;
	}

	@Override
	public void visit(Text node) {
		run().setText(node.getLiteral());
	}

	@Override
	public void visit(Emphasis node) {
		boolean outer = italic;
		italic = true;
		visitChildren(node);
		italic = outer;
	}

	@Override
	public void visit(StrongEmphasis node) {
		boolean outer = bold;
		bold = true;
		visitChildren(node);
		bold = outer;
	}

	@Override
	public void visit(Code node) {
		XWPFRun run = run();
		run.setFontFamily("Courier New");
		run.setText(node.getLiteral());
	}

	@Override
	public void visit(FencedCodeBlock node) {
		code(node.getLiteral());
	}

	@Override
	public void visit(IndentedCodeBlock node) {
		code(node.getLiteral());
	}

	@Override
	public void visit(Link node) {
		visitChildren(node);
	}

	@Override
	public void visit(SoftLineBreak node) {
		run().setText(" ");
	}

	@Override
	public void visit(HardLineBreak node) {
		run().addBreak();
	}

	@Override
	public void visit(BlockQuote node) {
		visitChildren(node);
	}

	@Override
	public void visit(ThematicBreak node) {
		docx.createParagraph();
	}

	private void code(String literal) {
		XWPFParagraph block = docx.createParagraph();
		String[] lines = literal.stripTrailing().split("\n", -1);
		XWPFRun run = block.createRun();
		run.setFontFamily("Courier New");
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}

	private XWPFRun run() {
		if (paragraph == null) {
			paragraph = docx.createParagraph();
		}
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		run.setItalic(italic);
		return run;
	}

	private BigInteger numbering(STNumberFormat.Enum format, int start) {
		XWPFNumbering numbering = docx.getNumbering() != null ? docx.getNumbering() : docx.createNumbering();
		CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
		definition.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
		for (int i = 0; i <= MAX_LEVEL; i++) {
			CTLvl lvl = definition.addNewLvl();
			lvl.setIlvl(BigInteger.valueOf(i));
			lvl.addNewStart().setVal(BigInteger.valueOf(i == 0 ? start : 1));
			lvl.addNewNumFmt().setVal(format);
			lvl.addNewLvlText().setVal(format == STNumberFormat.BULLET ? (i % 2 == 0 ? "•" : "◦") : "%" + (i + 1) + ".");
			lvl.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(360L * (i + 2)));
			lvl.getPPr().getInd().setHanging(BigInteger.valueOf(360));
		}
		BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
		return numbering.addNum(abstractId);
	}
}
